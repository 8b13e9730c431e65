import {afterEach, describe, expect, it} from 'vitest';
import ErrorPanel from '../../../source/ui/components/ErrorPanel.js';
import {ansiEscape, cleanupUi, forceColor, renderUi} from './render-ui.js';

afterEach(cleanupUi);

const powershellSaid =
	"Connecting to remote server pool01.contoso.com failed with the following error message : WinRM cannot complete the operation. Verify that the specified computer name is valid.";

const panel = (
	<ErrorPanel
		title="Connecting to pool01.contoso.com failed"
		message={powershellSaid}
		fix="Check that the pool name is right and that this computer can reach it."
		command="Test-NetConnection pool01.contoso.com -Port 443"
	/>
);

const unboxed = (frame: string) =>
	frame
		.split('\n')
		.map(line => line.replace(/^[│|] ?/, '').replace(/ *[│|]$/, ''))
		.join(' ')
		.replaceAll(/\s+/g, ' ');

describe('ErrorPanel', () => {
	it('says what failed, as an error in words', () => {
		const {lastFrame} = renderUi(panel);
		expect(lastFrame()).toContain('✖ ERROR: Connecting to pool01.contoso.com failed');
	});

	it('quotes PowerShell verbatim, then the fix and the command', () => {
		const text = unboxed(renderUi(panel).lastFrame());
		expect(text).toContain(`PowerShell said: ${powershellSaid}`);
		expect(text.indexOf('What to do: Check that the pool name is right')).toBeGreaterThan(text.indexOf(powershellSaid));
		expect(text).toContain('Run in PowerShell: Test-NetConnection pool01.contoso.com -Port 443');
	});

	it('shows the command that failed for what it is, not as one to run', () => {
		const failed = renderUi(
			<ErrorPanel title="could not connect" message="Access is denied." fix="Check the account." failedCommand="Import-Module SkypeForBusiness" />,
		);
		const text = unboxed(failed.lastFrame());
		expect(text).toContain('The command that failed: Import-Module SkypeForBusiness');
		expect(text).not.toContain('Run in PowerShell:');
		expect(unboxed(renderUi(<ErrorPanel title="x" fix="y" failedCommand="Get-CsUser" />, {language: 'it'}).lastFrame())).toContain(
			'Il comando che non è riuscito: Get-CsUser',
		);
	});

	it('leaves out what it was not given', () => {
		const {lastFrame} = renderUi(<ErrorPanel title="The session ended" fix="Run the wizard again." />);
		expect(lastFrame()).not.toContain('PowerShell said:');
		expect(lastFrame()).not.toContain('Run in PowerShell:');
	});

	it('speaks Italian around PowerShell\'s own message', () => {
		const text = unboxed(renderUi(panel, {language: 'it'}).lastFrame());
		expect(text).toContain('ERRORE: Connecting');
		expect(text).toContain(`Messaggio di PowerShell: ${powershellSaid}`);
		expect(text).toContain('Cosa fare:');
		expect(text).toContain('Esegui in PowerShell:');
	});

	it('keeps within 80 columns', () => {
		const lines = renderUi(panel, {columns: 80}).lastFrame().split('\n');
		expect(Math.max(...lines.map(line => line.length))).toBeLessThanOrEqual(80);
		expect(unboxed(lines.join('\n'))).toContain(powershellSaid);
	});

	it('writes no ANSI escapes with NO_COLOR', () => {
		const restore = forceColor();
		try {
			expect(renderUi(panel).lastFrame()).toContain(ansiEscape);
			expect(renderUi(panel, {color: false}).lastFrame()).not.toContain(ansiEscape);
		} finally {
			restore();
		}
	});

	it('reads without the border or the symbol in screen-reader mode', () => {
		const lines = renderUi(panel, {screenReader: true}).lastFrame().split('\n');
		expect(lines.slice(0, 3)).toEqual(['ERROR: Connecting to pool01.contoso.com failed', 'PowerShell said:', powershellSaid]);
	});
});
