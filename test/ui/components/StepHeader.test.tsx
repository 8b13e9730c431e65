import {afterEach, describe, expect, it} from 'vitest';
import StepHeader from '../../../source/ui/components/StepHeader.js';
import {ansiEscape, cleanupUi, forceColor, renderUi} from './render-ui.js';

afterEach(cleanupUi);

describe('StepHeader', () => {
	it('says the step, the count and the title', () => {
		const {lastFrame} = renderUi(<StepHeader step={3} total={7} title="Choose who is affected" />);
		expect(lastFrame()).toContain('Step 3 of 7 - Choose who is affected');
	});

	it('shows the title alone without a step (the Welcome screen), rehearsal label included', () => {
		const {lastFrame} = renderUi(<StepHeader title="offline-im - turn offline instant messages on or off" />, {rehearsal: true});
		expect(lastFrame().split('\n').slice(0, 2)).toEqual([
			'offline-im - turn offline instant messages on or off',
			'REHEARSAL: simulated tenant, nothing real changes',
		]);
	});

	it('speaks Italian', () => {
		const {lastFrame} = renderUi(<StepHeader step={3} total={7} title="Scegli a chi si applica" />, {language: 'it'});
		expect(lastFrame()).toContain('Passo 3 di 7 - Scegli a chi si applica');
	});

	it('labels a rehearsal', () => {
		const {lastFrame} = renderUi(<StepHeader step={1} total={7} title="Welcome" />, {rehearsal: true});
		expect(lastFrame()).toContain('REHEARSAL: simulated tenant, nothing real changes');
	});

	it('labels a rehearsal in Italian', () => {
		const {lastFrame} = renderUi(<StepHeader step={1} total={7} title="Benvenuto" />, {rehearsal: true, language: 'it'});
		expect(lastFrame()).toContain('PROVA: tenant simulato, non cambia nulla di reale');
	});

	it('has no rehearsal label on a real run', () => {
		const {lastFrame} = renderUi(<StepHeader step={1} total={7} title="Welcome" />);
		expect(lastFrame()).not.toContain('REHEARSAL');
	});

	it('writes no ANSI escapes with NO_COLOR, though colour is possible', () => {
		const restore = forceColor();
		try {
			const colored = renderUi(<StepHeader step={1} total={7} title="Welcome" />, {rehearsal: true});
			expect(colored.lastFrame()).toContain(ansiEscape);
			const plain = renderUi(<StepHeader step={1} total={7} title="Welcome" />, {rehearsal: true, color: false});
			expect(plain.lastFrame()).not.toContain(ansiEscape);
		} finally {
			restore();
		}
	});
});
