import {afterEach, describe, expect, it} from 'vitest';
import CommandPreview from '../../../source/ui/components/CommandPreview.js';
import {foldCommands, rowsInWindow, type PreviewCommand} from '../../../source/ui/components/fold-commands.js';
import {ansiEscape, cleanupUi, forceColor, renderUi} from './render-ui.js';

afterEach(cleanupUi);

const connect: PreviewCommand[] = [
	{phase: 'connect', command: '$session = New-PSSession -ConnectionUri \'https://pool01.contoso.com/OcsPowershell\''},
	{phase: 'connect', command: 'Import-PSSession $session -AllowClobber | Out-Null'},
];
const read: PreviewCommand[] = [{phase: 'read', command: "Get-CsClientPolicy -Filter 'tag:OfflineIM' | Select-Object Identity, EnableIMAutoArchiving"}];
const change: PreviewCommand[] = [
	{phase: 'change', command: "New-CsClientPolicy -Identity 'OfflineIM'"},
	{phase: 'change', command: "Set-CsClientPolicy -Identity 'OfflineIM' -EnableIMAutoArchiving $false"},
];
const grants = (count: number): PreviewCommand[] =>
	Array.from({length: count}, (_, index) => ({phase: 'change', command: `Grant-CsClientPolicy -Identity 'user${index}@contoso.com' -PolicyName 'OfflineIM'`}));
const verify: PreviewCommand[] = [{phase: 'verify', command: "Get-CsClientPolicy -Filter 'tag:OfflineIM' | Select-Object Identity, EnableIMAutoArchiving"}];
const plan = (grantCount: number) => [...connect, ...read, ...change, ...grants(grantCount), ...verify];

const grantLines = (frame: string) => frame.split('\n').filter(line => line.includes('Grant-CsClientPolicy'));

describe('CommandPreview', () => {
	it('shows every command of a short plan verbatim, under a heading per phase', () => {
		const {lastFrame} = renderUi(<CommandPreview commands={plan(2)} />);
		expect(lastFrame().split('\n')).toEqual([
			'Connect',
			`  ${connect[0]!.command}`,
			`  ${connect[1]!.command}`,
			'Read the current values',
			`  ${read[0]!.command}`,
			'Change',
			`  ${change[0]!.command}`,
			`  ${change[1]!.command}`,
			"  Grant-CsClientPolicy -Identity 'user0@contoso.com' -PolicyName 'OfflineIM'",
			"  Grant-CsClientPolicy -Identity 'user1@contoso.com' -PolicyName 'OfflineIM'",
			'Verify by reading back',
			`  ${verify[0]!.command}`,
		]);
	});

	it('names the phases in Italian', () => {
		const {lastFrame} = renderUi(<CommandPreview commands={plan(1)} />, {language: 'it'});
		const headings = lastFrame()
			.split('\n')
			.filter(line => !line.startsWith(' '));
		expect(headings).toEqual(['Connessione', 'Lettura dei valori attuali', 'Modifica', 'Verifica (rilettura)']);
	});

	it('folds 1,000 grants into the first 3, a count and the last 3', () => {
		const {lastFrame} = renderUi(<CommandPreview commands={plan(1000)} />);
		const lines = lastFrame().split('\n');
		const fold = lines.findIndex(line => line.includes('more grants'));
		expect(lines[fold]).toBe('  … 994 more grants …');
		expect(lines.slice(fold - 3, fold + 4).map(line => /user(\d+)@/.exec(line)?.[1] ?? 'fold')).toEqual([
			'0',
			'1',
			'2',
			'fold',
			'997',
			'998',
			'999',
		]);
	});

	it('folds in Italian', () => {
		const {lastFrame} = renderUi(<CommandPreview commands={plan(1000)} />, {language: 'it'});
		expect(lastFrame()).toContain('  … altre 994 assegnazioni …');
	});

	it('shows 10,000 grants as six lines and one fold line', () => {
		const {lastFrame} = renderUi(<CommandPreview commands={plan(10_000)} />);
		expect(grantLines(lastFrame())).toHaveLength(6);
		expect(lastFrame()).toContain('  … 9,994 more grants …');
		expect(lastFrame().split('\n')).toHaveLength(4 + 2 + 1 + 2 + 7 + 1);
	});

	it('does not fold a run that folding would not shorten', () => {
		const {lastFrame} = renderUi(<CommandPreview commands={grants(7)} />);
		expect(grantLines(lastFrame())).toHaveLength(7);
		expect(lastFrame()).not.toContain('more');
	});

	it('folds any long run of the same cmdlet, naming it', () => {
		const reads = Array.from({length: 20}, (_, index): PreviewCommand => ({phase: 'read', command: `Get-CsUser -Identity 'user${index}'`}));
		const {lastFrame} = renderUi(<CommandPreview commands={reads} />);
		expect(lastFrame()).toContain('  … 14 more Get-CsUser commands …');
	});

	it('shows only a window of the given height, saying how much is below', () => {
		const {lastFrame} = renderUi(<CommandPreview commands={plan(2)} height={5} />);
		const lines = lastFrame().split('\n');
		expect(lines).toHaveLength(5);
		expect(lines.slice(0, 2)).toEqual(['Connect', `  ${connect[0]!.command}`]);
		expect(lines.at(-1)).toBe('… 8 more lines below');
	});

	it('scrolls with the offset, saying how much is above and below', () => {
		const {lastFrame} = renderUi(<CommandPreview commands={plan(2)} height={5} offset={3} />);
		expect(lastFrame().split('\n')).toEqual([
			'… 3 more lines above',
			'Read the current values',
			`  ${read[0]!.command}`,
			'Change',
			'… 6 more lines below',
		]);
	});

	it('stops scrolling at the end', () => {
		const {lastFrame} = renderUi(<CommandPreview commands={plan(2)} height={5} offset={500} />, {language: 'it'});
		expect(lastFrame().split('\n')).toEqual([
			'… altre 8 righe sopra',
			"  Grant-CsClientPolicy -Identity 'user0@contoso.com' -PolicyName 'OfflineIM'",
			"  Grant-CsClientPolicy -Identity 'user1@contoso.com' -PolicyName 'OfflineIM'",
			'Verifica (rilettura)',
			`  ${verify[0]!.command}`,
		]);
	});

	it('writes no ANSI escapes with NO_COLOR', () => {
		const restore = forceColor();
		try {
			expect(renderUi(<CommandPreview commands={plan(100)} height={8} offset={2} />).lastFrame()).toContain(ansiEscape);
			expect(renderUi(<CommandPreview commands={plan(100)} height={8} offset={2} />, {color: false}).lastFrame()).not.toContain(ansiEscape);
		} finally {
			restore();
		}
	});
});

describe('foldCommands', () => {
	it('keeps 10,000 grants to a handful of segments', () => {
		const folded = foldCommands(plan(10_000));
		expect(folded.segments.length).toBeLessThan(12);
		expect(folded.rows).toBe(17);
	});

	it('gives the rows of a window only', () => {
		const folded = foldCommands(grants(50_000));
		expect(rowsInWindow(folded, 2, 3)).toEqual([
			{kind: 'command', index: 1},
			{kind: 'command', index: 2},
			{kind: 'fold', count: 49_994, cmdlet: 'Grant-CsClientPolicy'},
		]);
	});

	it('starts a new heading when the phase changes back', () => {
		const folded = foldCommands([...read, ...change, ...read]);
		expect(folded.segments.filter(segment => segment.kind === 'heading').map(segment => segment.kind === 'heading' && segment.phase)).toEqual([
			'read',
			'change',
			'read',
		]);
	});
});
