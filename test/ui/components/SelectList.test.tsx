import {afterEach, describe, expect, it, vi} from 'vitest';
import SelectList from '../../../source/ui/components/SelectList.js';
import {cleanupUi, renderUi} from './render-ui.js';

const items = [
	{value: 'on', label: 'On'},
	{value: 'off', label: 'Off'},
	{value: 'keep', label: 'Keep as it is'},
] as const;

const delay = async (ms = 30) => new Promise(resolve => setTimeout(resolve, ms));

afterEach(() => {
	cleanupUi();
});

describe('SelectList', () => {
	it('picks the item the highlight moved to when Down and Enter arrive together', async () => {
		const onSelect = vi.fn();
		const {stdin} = renderUi(<SelectList items={items} onSelect={onSelect} />);
		await delay();
		stdin.write('\u001B[B');
		stdin.write('\r');
		await delay();
		expect(onSelect).toHaveBeenCalledTimes(1);
		expect(onSelect).toHaveBeenCalledWith('off');
	});

	it('picks what the screen shows highlighted when several keys come in one piece', async () => {
		const onSelect = vi.fn();
		const {stdin, lastFrame} = renderUi(<SelectList items={items} onSelect={onSelect} />);
		await delay();
		stdin.write('\u001B[B\u001B[B\r');
		await delay();
		expect(onSelect).toHaveBeenCalledTimes(1);
		const highlighted = /❯ (.+)/.exec(lastFrame())?.[1]?.trim();
		expect(items.find(item => item.label === highlighted)?.value).toBe(onSelect.mock.calls[0]?.[0]);
		expect(onSelect).not.toHaveBeenCalledWith('on');
	});

	it('moves once per key when the keys come in one burst (key repeat, tmux send-keys Down Down)', async () => {
		const onSelect = vi.fn();
		const {stdin, lastFrame} = renderUi(<SelectList items={items} onSelect={onSelect} />);
		await delay();
		stdin.write('\u001B[B\u001B[B');
		await vi.waitFor(() => expect(lastFrame()).toMatch(/❯ Keep as it is/), {timeout: 5000});
		stdin.write('\u001B[A\u001B[A\u001B[A\r');
		await vi.waitFor(() => expect(onSelect).toHaveBeenCalledTimes(1), {timeout: 5000});
		// Up three times from the third of three wraps around to the third again.
		expect(onSelect).toHaveBeenCalledWith('keep');
	});

	it('picks the highlighted item after keys typed one at a time', async () => {
		const onSelect = vi.fn();
		const {stdin, lastFrame} = renderUi(<SelectList items={items} onSelect={onSelect} />);
		await delay();
		stdin.write('\u001B[B');
		await delay();
		stdin.write('\u001B[B');
		await delay();
		expect(lastFrame()).toMatch(/❯ Keep as it is/);
		stdin.write('\r');
		await delay();
		expect(onSelect).toHaveBeenCalledWith('keep');
	});

	it('picks an item by its number', async () => {
		const onSelect = vi.fn();
		const {stdin} = renderUi(<SelectList items={items} initial="keep" onSelect={onSelect} />);
		await delay();
		stdin.write('2');
		await delay();
		expect(onSelect).toHaveBeenCalledWith('off');
	});

	it('starts on the answer given before', async () => {
		const {lastFrame} = renderUi(<SelectList items={items} initial="off" onSelect={() => {}} />);
		await delay();
		expect(lastFrame()).toMatch(/❯ Off/);
	});

	describe('longer than its limit', () => {
		const many = Array.from({length: 18}, (_, index) => ({value: `p${index + 1}`, label: `Policy ${index + 1}`}));
		const shown = (frame: string) => frame.split('\n').filter(line => /Policy \d+$/.test(line.trim()));

		it('shows a window of the items and says how many more there are', async () => {
			const {lastFrame} = renderUi(<SelectList items={many} limit={8} onSelect={() => {}} />);
			await delay();
			expect(shown(lastFrame())).toHaveLength(8);
			expect(lastFrame()).toContain('… 10 more: Up/Down to scroll');
		});

		it('scrolls with the highlight', async () => {
			const onHighlight = vi.fn();
			const {stdin, lastFrame} = renderUi(<SelectList items={many} limit={8} onSelect={() => {}} onHighlight={onHighlight} />);
			await delay();
			// One key at a time, each once the previous one has moved the highlight: on a busy
			// machine a fixed pause could let two keys land in one burst (issue 13's lost keys).
			for (let step = 0; step < 9; step++) {
				stdin.write('\u001B[B');
				await vi.waitFor(() => expect(onHighlight).toHaveBeenLastCalledWith(`p${step + 2}`), {timeout: 5000});
			}

			await vi.waitFor(() => expect(lastFrame()).toMatch(/❯ Policy 10/), {timeout: 5000});
			expect(onHighlight).toHaveBeenLastCalledWith('p10');
			expect(lastFrame()).toMatch(/❯ Policy 10/);
			expect(shown(lastFrame())).toHaveLength(8);
		});

		it('scrolls nine places for nine Downs in one burst', async () => {
			const onHighlight = vi.fn();
			const {stdin, lastFrame} = renderUi(<SelectList items={many} limit={8} onSelect={() => {}} onHighlight={onHighlight} />);
			await delay();
			stdin.write('\u001B[B'.repeat(9));
			await vi.waitFor(() => expect(lastFrame()).toMatch(/❯ Policy 10/), {timeout: 5000});
			expect(onHighlight).toHaveBeenCalledTimes(9);
			expect(onHighlight).toHaveBeenLastCalledWith('p10');
			expect(shown(lastFrame())).toHaveLength(8);
		});

		it('opens on the answer given before, even far down, and picks it with Enter', async () => {
			const onSelect = vi.fn();
			const {stdin, lastFrame} = renderUi(<SelectList items={many} limit={8} initial="p17" onSelect={onSelect} />, {language: 'it'});
			await delay();
			expect(lastFrame()).toMatch(/❯ Policy 17/);
			expect(lastFrame()).toContain('… altri 10: Su/Giù per scorrere');
			stdin.write('\r');
			await delay();
			expect(onSelect).toHaveBeenCalledWith('p17');
		});
	});

	it('says which item is highlighted in words for a screen reader', async () => {
		const {lastFrame} = renderUi(<SelectList items={items} initial="off" onSelect={() => {}} />, {screenReader: true, language: 'it'});
		await delay();
		expect(lastFrame()).toContain('Off, selezionato');
		expect(lastFrame()).not.toContain('❯');
	});
});
