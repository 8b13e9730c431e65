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

	it('shows the placeholder while empty, as an example', () => {
		const {lastFrame} = renderUi(<TextField label="Pool FQDN" value="" placeholder="pool01.contoso.com" onChange={() => {}} />);
		expect(lastFrame()).toContain('Pool FQDN: for example: pool01.contoso.com');
	});

	it('says a placeholder is an example without colour, in screen-reader mode and in Italian', () => {
		const field = <TextField label="Users" value="" placeholder="tony@contoso.com; Ann O’Brien" onChange={() => {}} />;
		expect(renderUi(field, {color: false}).lastFrame().trim()).toBe('Users: for example: tony@contoso.com; Ann O’Brien');
		expect(renderUi(field, {screenReader: true}).lastFrame().trim()).toBe('Users: for example: tony@contoso.com; Ann O’Brien');
		expect(renderUi(field, {language: 'it', color: false}).lastFrame().trim()).toBe('Users: ad esempio: tony@contoso.com; Ann O’Brien');
	});

	it('keeps its label on one line beside a long value', () => {
		const value = 'C:\\Users\\administrator\\Documents\\offline-im\\offline-im-20261127-061233.ps1';
		const {lastFrame} = renderUi(<TextField label="Policy name" value={value} onChange={() => {}} />, {columns: 40, color: false});
		expect(lastFrame().split('\n')[0]).toMatch(/^Policy name: /);
	});

	describe('keys faster than a person types', () => {
		/** Renders the field and waits until Ink listens to the keyboard. */
		async function field(props: Omit<Props, 'value' | 'onChange'> & {readonly initial?: string}) {
			const onValue = vi.fn();
			const rendered = renderUi(<Field {...props} onValue={onValue} />, {color: false});
			await tick(20);
			return {...rendered, onValue};
		}

		it('submits text and Enter that arrive in one piece', async () => {
			const onSubmit = vi.fn();
			const {stdin} = await field({label: 'Policy name', onSubmit});
			stdin.write('PPPPPPPPPPQQQ\r');
			await vi.waitFor(() => {
				expect(onSubmit).toHaveBeenCalledWith('PPPPPPPPPPQQQ');
			});
			expect(onSubmit).toHaveBeenCalledTimes(1);
		});

		it('submits what was pasted when Enter follows before the screen is redrawn', async () => {
			const onSubmit = vi.fn();
			const {stdin} = await field({label: 'Policy name', initial: 'PPPPPPPPPP', onSubmit});
			// Two reads, one after the other, before React renders or renews any handler.
			stdin.write('QQQ');
			stdin.write('\r');
			await vi.waitFor(() => {
				expect(onSubmit).toHaveBeenCalledWith('PPPPPPPPPPQQQ');
			});
			expect(onSubmit).toHaveBeenCalledTimes(1);
		});

		it('erases a character for each Backspace of a burst in one piece', async () => {
			const {stdin, lastFrame, onValue} = await field({label: 'File', initial: 'users.csv'});
			stdin.write('\u007F\u007F\u007F\u007F');
			await vi.waitFor(() => {
				expect(lastFrame().trim()).toBe('File: users');
			});
			expect(onValue).toHaveBeenLastCalledWith('users');
		});

		it('erases as many characters as Backspaces sent one read after the other', async () => {
			const {stdin, onValue} = await field({label: 'File', initial: 'users.csv'});
			for (let count = 0; count < 4; count++) stdin.write('\u007F');
			await vi.waitFor(() => {
				expect(onValue).toHaveBeenLastCalledWith('users');
			});
		});

		it('keeps pasted lines apart with separators, and takes a final line break as Enter', async () => {
			const onSubmit = vi.fn();
			const {stdin} = await field({label: 'Users', newlines: 'separator', onSubmit});
			stdin.write('a@x.com\r\nb@x.com\r\n\r\nc@x.com\n');
			await vi.waitFor(() => {
				expect(onSubmit).toHaveBeenCalledWith('a@x.com; b@x.com; c@x.com');
			});
		});

		it('keeps pasted lines apart without Enter when the paste does not end a line', async () => {
			const onSubmit = vi.fn();
			const {stdin, onValue} = await field({label: 'Users', newlines: 'separator', onSubmit});
			stdin.write('a@x.com\nb@x.com');
			await vi.waitFor(() => {
				expect(onValue).toHaveBeenLastCalledWith('a@x.com; b@x.com');
			});
			expect(onSubmit).not.toHaveBeenCalled();
		});

		it('joins pasted lines in a one-line field, and takes the final line break as Enter', async () => {
			const onSubmit = vi.fn();
			const {stdin} = await field({label: 'File', onSubmit});
			stdin.write('C:\\x\\u s.csv\r\n');
			await vi.waitFor(() => {
				expect(onSubmit).toHaveBeenCalledWith('C:\\x\\u s.csv');
			});
		});

		it('inserts where the cursor was moved to', async () => {
			const {stdin, onValue} = await field({label: 'Pool', initial: 'pool.contoso.com'});
			stdin.write('\u001B[D'.repeat(12));
			stdin.write('01');
			await vi.waitFor(() => {
				expect(onValue).toHaveBeenLastCalledWith('pool01.contoso.com');
			});
		});

		it('takes nothing while another part of the screen has the keys', async () => {
			const onSubmit = vi.fn();
			const {stdin, onValue} = await field({label: 'File', focus: false, onSubmit});
			stdin.write('abc\r');
			await tick(30);
			expect(onValue).not.toHaveBeenCalled();
			expect(onSubmit).not.toHaveBeenCalled();
		});
	});

	it('writes no ANSI escapes with NO_COLOR, cursor and placeholder included', () => {
		const restore = forceColor();
		try {
			const field = <TextField label="Pool FQDN" value="" placeholder="pool01.contoso.com" error="required" onChange={() => {}} />;
			expect(renderUi(field).lastFrame()).toContain(ansiEscape);
			const plain = renderUi(field, {color: false}).lastFrame();
			expect(plain).not.toContain(ansiEscape);
			expect(plain).toContain('Pool FQDN: for example: pool01.contoso.com');
		} finally {
			restore();
		}
	});
});
