import {afterEach, describe, expect, it} from 'vitest';
import ProgressBar from '../../../source/ui/components/ProgressBar.js';
import formatElapsed from '../../../source/ui/components/format-elapsed.js';
import {ansiEscape, cleanupUi, forceColor, renderUi} from './render-ui.js';

afterEach(cleanupUi);

describe('ProgressBar', () => {
	it('shows the counts, the percentage and the elapsed time', () => {
		const {lastFrame} = renderUi(<ProgressBar done={400} total={1000} elapsedMs={65_000} />);
		expect(lastFrame()).toMatch(/400 of 1,000 {2}40% {2}elapsed 01:05$/);
	});

	it('draws the bar with characters, so it reads without colour', () => {
		const {lastFrame} = renderUi(<ProgressBar done={1} total={2} elapsedMs={0} width={20} />, {color: false});
		expect(lastFrame()).toContain(`${'█'.repeat(10)}${'░'.repeat(10)}  1 of 2`);
	});

	it('draws the bar in ASCII where the terminal has no block characters', () => {
		const {lastFrame} = renderUi(<ProgressBar done={3} total={4} elapsedMs={0} width={8} />, {unicode: false});
		expect(lastFrame()).toContain('######--  3 of 4  75%');
	});

	it('shows the failures only when there are some', () => {
		expect(renderUi(<ProgressBar done={5} total={10} elapsedMs={0} />).lastFrame()).not.toContain('failed');
		expect(renderUi(<ProgressBar done={5} total={10} failed={2} elapsedMs={0} />).lastFrame()).toMatch(/elapsed 00:00 {2}2 failed/);
	});

	it('shows its label above the bar', () => {
		const {lastFrame} = renderUi(<ProgressBar done={0} total={3} elapsedMs={0} label="Granting OfflineIM" />);
		expect(lastFrame().split('\n')[0]).toBe('Granting OfflineIM');
	});

	it('speaks Italian', () => {
		const {lastFrame} = renderUi(<ProgressBar done={1000} total={10_000} failed={1} elapsedMs={3_723_000} />, {language: 'it'});
		expect(lastFrame()).toMatch(/1000 di 10\.000 {2}10% {2}tempo trascorso 62:03 {2}1 non riuscito/);
	});

	it('is complete when there is nothing to do', () => {
		const {lastFrame} = renderUi(<ProgressBar done={0} total={0} elapsedMs={0} width={4} />);
		expect(lastFrame()).toContain('████  0 of 0  100%');
	});

	it('keeps within 80 columns, moving the failures to the next line', () => {
		const {lastFrame} = renderUi(<ProgressBar done={1000} total={10_000} failed={12} elapsedMs={0} />, {columns: 80, language: 'it'});
		const lines = lastFrame().split('\n');
		expect(Math.max(...lines.map(line => line.length))).toBeLessThanOrEqual(80);
		expect(lines.at(-1)).toBe('12 non riusciti');
	});

	it('writes no ANSI escapes with NO_COLOR', () => {
		const restore = forceColor();
		try {
			expect(renderUi(<ProgressBar done={5} total={10} failed={1} elapsedMs={0} />).lastFrame()).toContain(ansiEscape);
			expect(renderUi(<ProgressBar done={5} total={10} failed={1} elapsedMs={0} />, {color: false}).lastFrame()).not.toContain(ansiEscape);
		} finally {
			restore();
		}
	});

	describe('in screen-reader mode', () => {
		it('reads one sentence with the role, every figure and the failures, without the bar', () => {
			const {lastFrame} = renderUi(<ProgressBar done={40} total={100} failed={2} elapsedMs={65_000} label="Granting" />, {
				screenReader: true,
			});
			expect(lastFrame().trim()).toBe('progressbar: Granting: 40 of 100, 40%, elapsed 01:05, 2 failed');
		});

		it('names the progress when there is no label, in Italian', () => {
			const {lastFrame} = renderUi(<ProgressBar done={0} total={4} elapsedMs={1000} />, {screenReader: true, language: 'it'});
			expect(lastFrame().trim()).toBe('progressbar: Avanzamento: 0 di 4, 0%, tempo trascorso 00:01');
		});
	});
});

describe('formatElapsed', () => {
	it('writes minutes and seconds, minutes going past 59', () => {
		expect([0, 999, 61_000, 3_599_000, 4_503_000].map(formatElapsed)).toEqual(['00:00', '00:00', '01:01', '59:59', '75:03']);
	});

	it('never goes below zero', () => {
		expect(formatElapsed(-5000)).toBe('00:00');
	});
});
