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

	it('says which item is highlighted in words for a screen reader', async () => {
		const {lastFrame} = renderUi(<SelectList items={items} initial="off" onSelect={() => {}} />, {screenReader: true, language: 'it'});
		await delay();
		expect(lastFrame()).toContain('Off, selezionato');
		expect(lastFrame()).not.toContain('❯');
	});
});
