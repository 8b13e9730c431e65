import {afterEach, describe, expect, it, vi} from 'vitest';
import {catalogFor} from '../../../source/i18n/catalog.js';
import Welcome, {type Props} from '../../../source/ui/screens/Welcome.js';
import {cleanupUi, press, renderUi, tick, type UiOptions} from '../components/render-ui.js';

afterEach(cleanupUi);

const powershell = 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe';

function props(overrides: Partial<Props> = {}): Props {
	return {
		target: 'server-local',
		rehearsal: false,
		powershell,
		rehearsalLocked: false,
		onLanguage: vi.fn(),
		onRehearsal: vi.fn(),
		onContinue: vi.fn(),
		onQuit: vi.fn(),
		...overrides,
	};
}

/** Renders and waits until Ink listens to the keyboard (it starts in an effect after the first frame). */
async function show(overrides: Partial<Props> = {}, options: UiOptions = {}) {
	const all = props(overrides);
	// As in the wizard, the rehearsal flag of the whole UI follows the screen's.
	const rendered = renderUi(<Welcome {...all} />, {columns: 80, rehearsal: all.rehearsal, ...options});
	await tick(20);
	return {...rendered, props: all};
}

const lines = (frame: string) => frame.split('\n');

describe('Welcome', () => {
	it('says what the tool does, which PowerShell runs, and offers the three targets', async () => {
		const {lastFrame} = await show();
		const frame = lastFrame();
		expect(frame).toContain('offline-im - turn offline instant messages on or off');
		expect(frame).toContain('shows each command before it runs');
		expect(frame).toContain('journal and a rollback script');
		expect(frame).toContain(`PowerShell: ${powershell}`);
		expect(frame).toContain('Skype for Business Server - the admin tools on this computer');
		expect(frame).toContain('Skype for Business Server - a remote pool');
		expect(frame).toContain('Skype for Business Online (retired 31 July 2021)');
	});

	it('comes before the numbered steps', async () => {
		const {lastFrame} = await show();
		expect(lastFrame()).not.toMatch(/Step \d of 7/);
	});

	it('highlights the remembered target and explains it', async () => {
		const {lastFrame} = await show({target: 'server-pool'});
		expect(lines(lastFrame()).find(line => line.includes('a remote pool'))).toMatch(/^❯ /);
		expect(lastFrame()).toContain('you type the pool’s name in step 2');
	});

	it('says the Online target cannot connect to a real tenant when it is highlighted', async () => {
		const rendered = await show();
		await press(rendered, '\u001B[B', '\u001B[B');
		expect(rendered.lastFrame()).toContain('Kept to follow Microsoft’s article; connecting fails against a real tenant.');
	});

	it('goes on with the target the screen shows highlighted when Down and Enter come in one piece', async () => {
		const rendered = await show();
		rendered.stdin.write('\u001B[B\r');
		await vi.waitFor(() => {
			expect(rendered.props.onContinue).toHaveBeenCalledWith('server-pool');
		});
		expect(rendered.props.onContinue).toHaveBeenCalledTimes(1);
	});

	it('goes on with the highlighted target on Enter', async () => {
		const rendered = await show({target: 'server-pool'});
		await press(rendered, '\u001B[B', '\r');
		expect(rendered.props.onContinue).toHaveBeenCalledWith('online');
	});

	it('goes on with the remembered target when Enter is pressed at once', async () => {
		const rendered = await show({target: 'online'});
		await press(rendered, '\r');
		expect(rendered.props.onContinue).toHaveBeenCalledWith('online');
	});

	it('explains rehearsal mode when no PowerShell was found, and how to get PowerShell', async () => {
		const {lastFrame} = await show({powershell: undefined});
		const frame = lastFrame().replaceAll(/\s+/g, ' ');
		expect(frame).toContain('PowerShell: none found; a real run needs it: https://aka.ms/install-powershell');
		expect(frame).toContain('Rehearsal mode is off. Press S to practise the whole procedure on a simulated tenant, where nothing real changes.');
		expect(frame).toContain('S rehearsal on');
	});

	it('labels a rehearsal and says the key that turns it off', async () => {
		const {lastFrame} = await show({rehearsal: true});
		expect(lastFrame()).toContain('REHEARSAL: simulated tenant, nothing real changes');
		expect(lastFrame()).toContain('Rehearsal mode is on: you practise the whole procedure on a simulated tenant.');
		expect(lastFrame()).toContain('S rehearsal off');
	});

	it('has no rehearsal label on a real run', async () => {
		const {lastFrame} = await show();
		expect(lastFrame()).not.toContain('REHEARSAL');
		expect(lastFrame()).toContain('Rehearsal mode is off: changes are real');
	});

	it('toggles rehearsal with S', async () => {
		const off = await show();
		await press(off, 's');
		expect(off.props.onRehearsal).toHaveBeenCalledWith(true);
		cleanupUi();
		const on = await show({rehearsal: true});
		await press(on, 'S');
		expect(on.props.onRehearsal).toHaveBeenCalledWith(false);
	});

	it('keeps rehearsal on when started with --simulate, and says so', async () => {
		const rendered = await show({rehearsal: true, rehearsalLocked: true});
		await press(rendered, 's');
		expect(rendered.props.onRehearsal).not.toHaveBeenCalled();
		expect(rendered.lastFrame()).toContain('(started with --simulate)');
		expect(rendered.lastFrame()).not.toContain('S rehearsal');
	});

	it('switches to Italian with L, and back to English', async () => {
		const english = await show();
		expect(english.lastFrame()).toContain('Language: English (L: Italiano)');
		await press(english, 'l');
		expect(english.props.onLanguage).toHaveBeenCalledWith('it');
		cleanupUi();
		const italian = await show({}, {language: 'it'});
		expect(italian.lastFrame()).toContain('Lingua: Italiano (L: English)');
		await press(italian, 'L');
		expect(italian.props.onLanguage).toHaveBeenCalledWith('en');
	});

	it('quits with q', async () => {
		const withQ = await show();
		await press(withQ, 'q');
		expect(withQ.props.onQuit).toHaveBeenCalledTimes(1);
	});

	it('does nothing on Esc, so that pressing it to go back never ends the program', async () => {
		const rendered = await show();
		await press(rendered, '\u001B', '\u001B', '\u001B');
		expect(rendered.props.onQuit).not.toHaveBeenCalled();
		expect(rendered.props.onContinue).not.toHaveBeenCalled();
		expect(rendered.lastFrame()).toContain('Which Skype for Business do you manage?');
	});

	it('shows a settings warning in place of the intro', async () => {
		const {lastFrame} = await show({settingsNotice: 'The settings file config.json could not be read, so the settings were reset.'});
		expect(lastFrame()).toContain('⚠ WARN: The settings file config.json could not be read');
		expect(lastFrame()).not.toContain('offline-im turns');
	});

	it('speaks Italian', async () => {
		const {lastFrame} = await show({powershell: undefined, rehearsal: true}, {language: 'it'});
		const frame = lastFrame().replaceAll(/\s+/g, ' ');
		expect(frame).toContain('offline-im attiva o disattiva i messaggi offline di Skype for Business.');
		expect(frame).toContain('PowerShell: non trovato; serve per l’uso reale');
		expect(frame).toContain('PROVA: tenant simulato');
		expect(frame).toContain('Skype for Business Online (dismesso il 31 luglio 2021)');
		expect(frame).toContain('Modalità di prova: attiva – provi l’intera procedura su un tenant simulato.');
		expect(frame).toContain('Su/Giù sposta · Invio continua');
		expect(frame).toContain('q esci');
	});

	it('fits 80 columns and 22 lines in every combination, the settings notice included', async () => {
		const file = 'C:\\Users\\administrator\\AppData\\Roaming\\offline-im-nodejs\\Config\\config.json';
		const brokenCopy = `${file}.broken-2026-11-27T06-12-33.123Z`;
		for (const language of ['en', 'it'] as const) {
			const notice = catalogFor(language).ui.settings.reset(file, brokenCopy);
			for (const found of [powershell, undefined]) {
				for (const [rehearsal, rehearsalLocked] of [
					[false, false],
					[true, false],
					[true, true],
				] as const) {
					for (const target of ['server-local', 'server-pool', 'online'] as const) {
						for (const settingsNotice of [undefined, notice]) {
							const {lastFrame} = await show({powershell: found, rehearsal, rehearsalLocked, target, settingsNotice}, {language});
							const frame = lines(lastFrame());
							const name = `${language} ${String(found)} ${String(rehearsal)} ${String(rehearsalLocked)} ${target} ${settingsNotice ? 'notice' : ''}`;
							expect(frame.length, name).toBeLessThanOrEqual(22);
							expect(Math.max(...frame.map(line => line.length)), name).toBeLessThanOrEqual(80);
							expect(frame[0], name).toMatch(/^offline-im - /);
							if (rehearsal) expect(frame[1], name).toMatch(/^(REHEARSAL|PROVA):/);
							cleanupUi();
						}
					}
				}
			}
		}
	});

	it('starts no line with a space where a sentence wraps', async () => {
		for (const language of ['en', 'it'] as const) {
			const {lastFrame} = await show({powershell: undefined, rehearsal: true, rehearsalLocked: true, target: 'online'}, {language});
			expect(lines(lastFrame()).filter(line => /^ \S/.test(line))).toEqual([]);
			cleanupUi();
		}
	});

	describe('in screen-reader mode', () => {
		it('says which target is selected in words, without a pointer', async () => {
			const {lastFrame} = await show({target: 'server-pool'}, {screenReader: true});
			expect(lastFrame()).toContain('Skype for Business Server - a remote pool, selected');
			expect(lastFrame()).not.toContain('❯');
			expect(lastFrame()).toContain('Keys: Up/Down choose, Enter continue, L Italiano, S rehearsal on, q quit');
		});

		it('reads the intro before the targets and the keys last', async () => {
			const {lastFrame} = await show({}, {screenReader: true});
			const frame = lastFrame();
			expect(frame.indexOf('offline-im turns')).toBeLessThan(frame.indexOf('Which Skype for Business'));
			expect(lines(frame.trim()).at(-1)).toMatch(/^Keys: /);
		});
	});
});
