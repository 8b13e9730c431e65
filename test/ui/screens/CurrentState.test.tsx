import {afterEach, describe, expect, it, vi} from 'vitest';
import type {TenantOverview} from '../../../source/engine/run.js';
import CurrentState, {type Props} from '../../../source/ui/screens/CurrentState.js';
import {cleanupUi, flat, press, renderUi, tick, type UiOptions} from '../components/render-ui.js';

afterEach(cleanupUi);

const overview: TenantOverview = {
	global: {identity: 'Global', enableIMAutoArchiving: null},
	sites: [
		{identity: 'Site:Redmond', enableIMAutoArchiving: false},
		{identity: 'Site:Dublin', enableIMAutoArchiving: true},
	],
	perUserPolicies: [
		{identity: 'Tag:OfflineIM', enableIMAutoArchiving: false},
		{identity: 'Tag:SalesPolicy', enableIMAutoArchiving: null},
	],
	errors: [],
};

const manyPolicies = (count: number) => Array.from({length: count}, (_, index) => ({identity: `Tag:Policy${String(index + 1).padStart(3, '0')}`, enableIMAutoArchiving: index % 2 === 0}));

function props(overrides: Partial<Props> = {}): Props {
	return {status: 'done', overview, onContinue: vi.fn(), onRetry: vi.fn(), onBack: vi.fn(), ...overrides};
}

async function show(overrides: Partial<Props> = {}, options: UiOptions = {}) {
	const all = props(overrides);
	const rendered = renderUi(<CurrentState {...all} />, {columns: 80, color: false, ...options});
	await tick(20);
	return {...rendered, props: all};
}

const lineOf = (frame: string, text: string) => frame.split('\n').find(line => line.includes(text)) ?? '';

describe('CurrentState', () => {
	describe('while reading', () => {
		it('says what it reads, with a spinner', async () => {
			const {lastFrame} = await show({status: 'loading', overview: undefined});
			expect(lastFrame()).toContain('Step 3 of 7 - See the current settings');
			expect(lastFrame()).toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] RUNNING {2}Reading the current client policies…/);
		});

		it('ignores Enter and r, and goes back with Esc', async () => {
			const rendered = await show({status: 'loading', overview: undefined});
			await press(rendered, '\r', 'r');
			expect(rendered.props.onContinue).not.toHaveBeenCalled();
			expect(rendered.props.onRetry).not.toHaveBeenCalled();
			await press(rendered, '\u001B');
			expect(rendered.props.onBack).toHaveBeenCalledTimes(1);
		});
	});

	describe('once read', () => {
		it('says the Global value in words, "not set" as the client default', async () => {
			const {lastFrame} = await show();
			expect(lastFrame()).toContain('Offline messages now (EnableIMAutoArchiving):');
			expect(lineOf(lastFrame(), 'Whole organization (Global)')).toMatch(/Whole organization \(Global\) +not set \(client default: on\)/);
		});

		it('lists each site policy by its name with its value', async () => {
			const {lastFrame} = await show();
			expect(lastFrame()).toContain('Site policies (2):');
			expect(lineOf(lastFrame(), 'Redmond')).toMatch(/^ {2}Redmond +off$/);
			expect(lineOf(lastFrame(), 'Dublin')).toMatch(/^ {2}Dublin +on$/);
			expect(lastFrame()).not.toContain('Site:');
		});

		it('lists the per-user policies with their values, and why their holders keep them', async () => {
			const {lastFrame} = await show();
			expect(lastFrame()).toContain('Per-user policies (2):');
			expect(lineOf(lastFrame(), 'OfflineIM')).toMatch(/^ {2}OfflineIM +off$/);
			expect(lineOf(lastFrame(), 'SalesPolicy')).toMatch(/^ {2}SalesPolicy +not set \(client default: on\)$/);
			expect(lastFrame()).toContain('A per-user policy beats the site and Global ones: its users keep its setting.');
		});

		it('lines up the values', async () => {
			const {lastFrame} = await show();
			const columns = ['OfflineIM', 'SalesPolicy'].map(name => {
				const line = lineOf(lastFrame(), name);
				return line.length - line.trimStart().length + line.trim().indexOf(' ') + line.slice(line.indexOf(name) + name.length).search(/\S/);
			});
			expect(new Set(columns).size).toBe(1);
		});

		it('says when there are no site or per-user policies', async () => {
			const {lastFrame} = await show({overview: {global: {identity: 'Global', enableIMAutoArchiving: false}, sites: [], perUserPolicies: [], errors: []}});
			expect(lineOf(lastFrame(), 'Global')).toMatch(/off$/);
			expect(lastFrame()).toContain('Site policies: none');
			expect(lastFrame()).toContain('Per-user policies: none');
		});

		it('shows as much of a long list as fits, says how much is below, and Up/Down to scroll', async () => {
			const {lastFrame} = await show({overview: {...overview, sites: [], perUserPolicies: manyPolicies(1000)}});
			expect(lastFrame()).toContain('Per-user policies (1000):');
			expect(lastFrame()).toContain('Policy001');
			expect(lastFrame()).not.toContain('Policy100');
			expect(lastFrame()).toMatch(/… [\d,]+ more lines below \(Down to see\)/);
			expect(lastFrame()).toContain('Enter choose what to change · r read again · Up/Down scroll · Esc back');
		});

		it('scrolls the lists with Down and Up, to the very end and no further', async () => {
			const rendered = await show({overview: {...overview, sites: [], perUserPolicies: manyPolicies(30)}});
			const shown = () => rendered.lastFrame().match(/Policy\d{3}/g) ?? [];
			const first = shown();
			await press(rendered, '\u001B[B');
			expect(rendered.lastFrame()).toMatch(/… 1 more line above \(Up to see\)/);
			await press(rendered, '\u001B[F');
			expect(shown().at(-1)).toBe('Policy030');
			expect(rendered.lastFrame()).not.toContain('below');
			await press(rendered, '\u001B[B');
			expect(shown().at(-1)).toBe('Policy030');
			await press(rendered, '\u001B[H');
			expect(shown()).toEqual(first);
			expect(rendered.props.onContinue).not.toHaveBeenCalled();
		});

		it('has nothing to scroll, and says no scroll key, when everything fits', async () => {
			const {lastFrame} = await show();
			expect(lastFrame()).not.toContain('Up/Down');
			expect(lastFrame()).not.toContain('more line');
		});

		it('fits 80 columns and 22 lines with long lists, read errors and a rehearsal, in both languages', async () => {
			const errors = ['Get-CsClientPolicy : The term \'Get-CsClientPolicy\' is not recognized as the name of a cmdlet.', 'Access is denied.'];
			for (const language of ['en', 'it'] as const) {
				const {lastFrame} = await show({overview: {...overview, sites: manyPolicies(30).map(site => ({...site, identity: site.identity.replace('Tag:', 'Site:')})), perUserPolicies: manyPolicies(50), errors}}, {language, rehearsal: true});
				const lines = lastFrame().split('\n');
				expect(lines.length, language).toBeLessThanOrEqual(22);
				expect(Math.max(...lines.map(line => line.length))).toBeLessThanOrEqual(80);
				expect(lastFrame()).toMatch(/Policy001/);
				cleanupUi();
			}
		});

		it('shows the reads that failed with PowerShell’s message', async () => {
			const {lastFrame} = await show({overview: {...overview, global: undefined, errors: ['Access is denied.']}});
			expect(lineOf(lastFrame(), 'Whole organization (Global)')).toContain('could not be read');
			expect(lastFrame()).toContain('⚠ WARN: Some settings could not be read:');
			expect(lastFrame()).toContain('  Access is denied.');
		});

		it('goes on with Enter, reads again with r, goes back with Esc', async () => {
			const rendered = await show();
			expect(rendered.lastFrame()).toContain('Enter choose what to change · r read again · Esc back');
			await press(rendered, '\r');
			expect(rendered.props.onContinue).toHaveBeenCalledTimes(1);
			await press(rendered, 'r');
			expect(rendered.props.onRetry).toHaveBeenCalledTimes(1);
			await press(rendered, '\u001B');
			expect(rendered.props.onBack).toHaveBeenCalledTimes(1);
		});
	});

	describe('when reading failed', () => {
		const error = {
			message: "The term 'Get-CsClientPolicy' is not recognized as the name of a cmdlet, function, script file, or operable program.",
			hint: 'The command is not available: the session is not connected (or the module is not loaded). Connect first.',
			command: 'Get-CsClientPolicy -Identity Global | Select-Object Identity, EnableIMAutoArchiving',
		};

		it('shows PowerShell’s message, the fix and the command that failed', async () => {
			const {lastFrame} = await show({status: 'failed', overview: undefined, error});
			const frame = flat(lastFrame());
			expect(frame).toContain('ERROR: could not read the current settings');
			expect(frame).toContain("PowerShell said: The term 'Get-CsClientPolicy' is not recognized");
			expect(frame).toContain('What to do: The command is not available');
			expect(frame).toContain('The command that failed: Get-CsClientPolicy -Identity Global | Select-Object Identity, EnableIMAutoArchiving');
		});

		it('reads again with r and does not go on with Enter', async () => {
			const rendered = await show({status: 'failed', overview: undefined, error});
			expect(rendered.lastFrame()).toContain('r read again · Esc back');
			await press(rendered, '\r');
			expect(rendered.props.onContinue).not.toHaveBeenCalled();
			await press(rendered, 'r');
			expect(rendered.props.onRetry).toHaveBeenCalledTimes(1);
		});
	});

	it('speaks Italian', async () => {
		const {lastFrame} = await show({overview: {...overview, sites: [], perUserPolicies: manyPolicies(9)}}, {language: 'it'});
		const frame = lastFrame();
		expect(frame).toContain('Passo 3 di 7 - Guarda le impostazioni attuali');
		expect(lineOf(frame, 'Organizzazione (Global)')).toContain('non impostato (predefinito del client: attivato)');
		expect(lineOf(frame, 'Policy002')).toMatch(/disattivato$/);
		expect(frame).toContain('Criteri dei siti: nessuno');
		expect(frame).toContain('Criteri per utente (9):');
		expect(flat(frame)).toContain('Un criterio per utente prevale sul criterio del sito e su Global: chi lo ha ne mantiene il valore.');
		expect(frame).toContain('Invio scegli cosa cambiare · r rileggi · Esc indietro');
	});

	it('reads each policy as name and value in screen-reader mode', async () => {
		const {lastFrame} = await show({}, {screenReader: true});
		expect(lastFrame()).toContain('Whole organization (Global): not set (client default: on)');
		expect(lastFrame()).toContain('Redmond: off');
		expect(lastFrame()).toContain('OfflineIM: off');
	});
});
