import {useState} from 'react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import TextField, {type Props} from '../../../source/ui/components/TextField.js';
import {ansiEscape, cleanupUi, forceColor, renderUi, tick, type UiOptions} from './render-ui.js';

afterEach(cleanupUi);

/** The field with its value kept in state, as a screen would. */
function Field(props: Omit<Props, 'value' | 'onChange'> & {readonly initial?: string; readonly onValue?: (value: string) => void}) {
	const {initial = '', onValue, ...rest} = props;
	const [value, setValue] = useState(initial);
	return (
		<TextField
			{...rest}
			value={value}
			onChange={next => {
				setValue(next);
				onValue?.(next);
			}}
		/>
	);
}

/**
 * Types `chunks` one after the other: a one-character chunk is a key press, a longer one a paste
 * (as a password manager does). Waits for each to show before the next.
 */
async function type(chunks: readonly string[], element: React.ReactElement, options?: UiOptions) {
	const rendered = renderUi(element, options);
	// Ink starts listening to stdin in an effect after the first frame.
	await tick(20);
	for (const chunk of chunks) {
		const before = rendered.lastFrame();
		rendered.stdin.write(chunk);
		await vi.waitFor(() => {
			expect(rendered.lastFrame()).not.toBe(before);
		});
		// The input handler is renewed in an effect after the frame; let it run.
		await tick(5);
	}

	return rendered;
}

/** What a field shows after its label. */
const shownValue = (frame: string, label: string) => frame.split('\n')[0]!.slice(frame.indexOf(`${label}:`) + label.length + 1).trim();

describe('TextField', () => {
	it('shows its label and value', () => {
		const {lastFrame} = renderUi(<TextField label="Pool FQDN" value="pool01.contoso.com" onChange={() => {}} />, {color: false});
		expect(lastFrame().trim()).toBe('Pool FQDN: pool01.contoso.com');
	});

	it('takes typing and hands each new value over', async () => {
		const onValue = vi.fn();
		const {lastFrame} = await type([...'pool'], <Field label="Pool FQDN" onValue={onValue} />, {color: false});
		expect(lastFrame()).toContain('Pool FQDN: pool');
		expect(onValue).toHaveBeenLastCalledWith('pool');
	});

	it('hands the value over on Enter', async () => {
		const onSubmit = vi.fn();
		const rendered = await type([...'ok'], <Field label="Policy" onSubmit={onSubmit} />);
		rendered.stdin.write('\r');
		await vi.waitFor(() => {
			expect(onSubmit).toHaveBeenCalledWith('ok');
		});
	});

	it('never shows the typed characters of a masked field', async () => {
		const {lastFrame} = await type([...'Zq7#'], <Field mask label="Password" />);
		expect(shownValue(lastFrame(), 'Password')).toMatch(/^\*{4}(\u001B\[\d+m| )*$/);
		expect(lastFrame()).not.toMatch(/[Zq7#]/);
	});

	it('never shows the typed characters of a masked field without colour either', async () => {
		const {lastFrame} = await type(['hunter2'], <Field mask label="Password" />, {color: false});
		expect(lastFrame().trim()).toBe('Password: *******');
	});

	it('says how many characters are hidden in screen-reader mode, never which', async () => {
		const {lastFrame} = await type(['hunter2'], <Field mask label="Password" />, {screenReader: true});
		expect(lastFrame().trim()).toBe('Password: hidden, 7 characters typed');
	});

	it('says a hidden field is empty in Italian in screen-reader mode', () => {
		const {lastFrame} = renderUi(<TextField mask label="Password" value="" onChange={() => {}} />, {screenReader: true, language: 'it'});
		expect(lastFrame().trim()).toBe('Password: nascosto, vuoto');
	});

	it('shows the validation message beneath', () => {
		const {lastFrame} = renderUi(
			<TextField label="Pool FQDN" value="pool 01" error="a host name has no spaces" onChange={() => {}} />,
		);
		expect(lastFrame().split('\n')[1]).toBe('  ✖ Not valid: a host name has no spaces');
	});

	it('shows the validation message in Italian', () => {
		const {lastFrame} = renderUi(<TextField label="FQDN del pool" value="x" error="manca il dominio" onChange={() => {}} />, {
			language: 'it',
		});
		expect(lastFrame()).toContain('✖ Non valido: manca il dominio');
	});

	it('shows the placeholder while empty', () => {
		const {lastFrame} = renderUi(<TextField label="Pool FQDN" value="" placeholder="pool01.contoso.com" onChange={() => {}} />);
		expect(lastFrame()).toContain('Pool FQDN: pool01.contoso.com');
	});

	it('writes no ANSI escapes with NO_COLOR, cursor and placeholder included', () => {
		const restore = forceColor();
		try {
			const field = <TextField label="Pool FQDN" value="" placeholder="pool01.contoso.com" error="required" onChange={() => {}} />;
			expect(renderUi(field).lastFrame()).toContain(ansiEscape);
			const plain = renderUi(field, {color: false}).lastFrame();
			expect(plain).not.toContain(ansiEscape);
			expect(plain).toContain('Pool FQDN: pool01.contoso.com');
		} finally {
			restore();
		}
	});
});
