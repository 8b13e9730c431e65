import {afterEach, describe, expect, it} from 'vitest';
import CheckList, {type CheckRow} from '../../../source/ui/components/CheckList.js';
import {ansiEscape, cleanupUi, forceColor, renderUi} from './render-ui.js';

afterEach(cleanupUi);

const engine: CheckRow = {id: 'engine', status: 'pass', title: 'PowerShell engine version', value: '5.1.19041 (Desktop)'};
const longFix =
	'C:\\Windows\\SysNative\\WindowsPowerShell\\v1.0\\powershell.exe -NoLogo -NoProfile -ExecutionPolicy Bypass -Command "Import-Module SkypeForBusiness"';
const bitness: CheckRow = {
	id: 'process64',
	status: 'fail',
	title: '64-bit PowerShell process',
	value: '32-bit',
	reason: 'A 32-bit PowerShell cannot load the Skype for Business module, even on a 64-bit Windows: start the 64-bit one.',
	fix: {command: longFix},
};
const online: CheckRow = {
	id: 'online',
	status: 'warn',
	title: 'Skype for Business Online',
	reason: 'Microsoft retired the service on 2021-07-31.',
	fix: {link: 'https://learn.microsoft.com/skypeforbusiness/'},
};
const clickToRun: CheckRow = {id: 'client', status: 'info', title: 'Client', value: 'Click-to-Run needed'};
const running: CheckRow = {id: 'policy', status: 'running', title: 'Execution policy'};
const pending: CheckRow = {id: 'module', status: 'pending', title: 'SkypeForBusiness module'};

const lineOf = (frame: string, text: string) => frame.split('\n').find(line => line.includes(text)) ?? '';

describe('CheckList', () => {
	it('shows a passed check with its word, symbol, title and value on one line', () => {
		const {lastFrame} = renderUi(<CheckList checks={[engine]} />);
		expect(lineOf(lastFrame(), 'PowerShell engine version')).toMatch(/^✔ PASS +PowerShell engine version +5\.1\.19041 \(Desktop\)$/);
	});

	it('says every status in words', () => {
		const {lastFrame} = renderUi(<CheckList checks={[engine, bitness, online, clickToRun, pending]} />);
		expect(lineOf(lastFrame(), '64-bit PowerShell process')).toContain('✖ FAIL');
		expect(lineOf(lastFrame(), 'Skype for Business Online')).toContain('⚠ WARN');
		expect(lineOf(lastFrame(), 'Client')).toContain('ℹ INFO');
		expect(lineOf(lastFrame(), 'SkypeForBusiness module')).toContain('WAITING');
	});

	it('says every status in Italian', () => {
		const {lastFrame} = renderUi(<CheckList checks={[engine, bitness, online, clickToRun, pending]} />, {language: 'it'});
		expect(lineOf(lastFrame(), 'PowerShell engine version')).toContain('✔ OK');
		expect(lineOf(lastFrame(), '64-bit PowerShell process')).toContain('✖ ERRORE');
		expect(lineOf(lastFrame(), 'Skype for Business Online')).toContain('⚠ AVVISO');
		expect(lineOf(lastFrame(), 'SkypeForBusiness module')).toContain('IN ATTESA');
		// After the colon Italian goes on in lower case; a name keeps its capital.
		expect(lastFrame()).toContain('Motivo: a 32-bit PowerShell');
		expect(lastFrame()).toContain('Motivo: Microsoft retired');
		expect(lastFrame()).toContain('Esegui in PowerShell:');
	});

	it('spins while a check runs, and says so', () => {
		const {lastFrame} = renderUi(<CheckList checks={[running]} />);
		expect(lastFrame()).toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] RUNNING +Execution policy/);
	});

	it('lines up the titles whatever the status word', () => {
		const {lastFrame} = renderUi(<CheckList checks={[engine, running, pending]} />, {language: 'it'});
		const columns = ['PowerShell engine version', 'Execution policy', 'SkypeForBusiness module'].map(title =>
			lineOf(lastFrame(), title).indexOf(title),
		);
		expect(new Set(columns).size).toBe(1);
	});

	it('gives a failed check its reason and fix, indented beneath', () => {
		const {lastFrame} = renderUi(<CheckList checks={[bitness]} />);
		const lines = lastFrame().split('\n');
		const why = lines.findIndex(line => line.includes('Why:'));
		const fix = lines.findIndex(line => line.includes('Run in PowerShell:'));
		expect(why).toBe(1);
		expect(lines[why]).toMatch(/^ {6,}Why: A 32-bit PowerShell/);
		expect(fix).toBeGreaterThan(why);
		expect(lines[fix]).toMatch(/^ {6,}Run in PowerShell:$/);
		expect(lines[fix + 1]).toMatch(new RegExp(`^ {${lines[fix]!.indexOf('Run') + 2}}C:\\\\Windows\\\\SysNative`));
	});

	it('gives a link as the fix when there is no command', () => {
		const {lastFrame} = renderUi(<CheckList checks={[online]} />);
		expect(lastFrame()).toContain('See:');
		expect(lastFrame()).toContain('https://learn.microsoft.com/skypeforbusiness/');
	});

	it('does not explain a passed check', () => {
		const {lastFrame} = renderUi(<CheckList checks={[{...engine, reason: 'Nothing to say.', fix: {command: 'Get-Host'}}]} />);
		expect(lastFrame()).not.toContain('Nothing to say.');
		expect(lastFrame()).not.toContain('Get-Host');
	});

	it('wraps a long fix at 80 columns without cutting any of it', () => {
		const {lastFrame} = renderUi(<CheckList checks={[engine, bitness]} />, {columns: 80});
		const lines = lastFrame().split('\n');
		expect(Math.max(...lines.map(line => line.length))).toBeLessThanOrEqual(80);
		const fixStart = lines.findIndex(line => line.includes('Run in PowerShell:')) + 1;
		const fixLines = lines.slice(fixStart).filter(line => line.trim() !== '');
		expect(fixLines.length).toBeGreaterThan(1);
		expect(fixLines.every(line => line.startsWith('      '))).toBe(true);
		expect(fixLines.join('').replaceAll(/\s/g, '')).toBe(longFix.replaceAll(/\s/g, ''));
	});

	it('writes no ANSI escapes with NO_COLOR', () => {
		const restore = forceColor();
		try {
			const checks = [engine, bitness, online, clickToRun, pending];
			expect(renderUi(<CheckList checks={checks} />).lastFrame()).toContain(ansiEscape);
			expect(renderUi(<CheckList checks={checks} />, {color: false}).lastFrame()).not.toContain(ansiEscape);
		} finally {
			restore();
		}
	});

	it('uses ASCII symbols where the terminal cannot draw others, words unchanged', () => {
		const {lastFrame} = renderUi(<CheckList checks={[engine, bitness]} />, {unicode: false});
		expect(lineOf(lastFrame(), 'PowerShell engine version')).toMatch(/^\+ PASS /);
		expect(lineOf(lastFrame(), '64-bit PowerShell process')).toMatch(/^x FAIL /);
	});

	describe('in screen-reader mode', () => {
		it('reads the summary first, then each check as word, title and value, without symbols', () => {
			const {lastFrame} = renderUi(<CheckList checks={[engine, bitness]} />, {screenReader: true});
			const lines = lastFrame().split('\n');
			expect(lines.slice(0, 3)).toEqual([
				'Checks: 2 checks: 1 passed, 1 failed',
				'PASS: PowerShell engine version, 5.1.19041 (Desktop)',
				'FAIL: 64-bit PowerShell process, 32-bit',
			]);
			expect(lastFrame()).not.toMatch(/[✔✖]/);
		});

		it('reads the reason and then the fix, whole', () => {
			const {lastFrame} = renderUi(<CheckList checks={[bitness]} />, {screenReader: true});
			const lines = lastFrame().split('\n');
			expect(lines.slice(2)).toEqual([`Why: ${bitness.reason!}`, 'Run in PowerShell:', longFix]);
		});

		it('says a running check is running, without a spinner', () => {
			const {lastFrame} = renderUi(<CheckList checks={[running]} />, {screenReader: true, language: 'it'});
			expect(lastFrame()).toContain('IN CORSO: Execution policy');
			expect(lastFrame()).not.toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]/);
		});
	});
});
