import {afterEach, describe, expect, it, vi} from 'vitest';
import Connect, {type Props} from '../../../source/ui/screens/Connect.js';
import {questionsFor} from '../../../source/ui/screens/connect/use-connect-form.js';
import type {ConnectForm} from '../../../source/ui/wizard/types.js';
import {cleanupUi, flat, press, renderUi, tick, type UiOptions} from '../components/render-ui.js';

afterEach(cleanupUi);

const empty: ConnectForm = {pool: '', adminDomain: '', signIn: 'integrated', userName: ''};
const remembered: ConnectForm = {pool: 'pool01.contoso.com', adminDomain: '', signIn: 'credential', userName: 'CONTOSO\\admin'};

const enter = '\r';
const escape = '\u001B';
const down = '\u001B[B';

function props(overrides: Partial<Props> = {}): Props {
	return {
		targetKind: 'server-pool',
		defaults: empty,
		status: 'form',
		steps: [],
		onConnect: vi.fn(),
		onContinue: vi.fn(),
		onBack: vi.fn(),
		...overrides,
	};
}

async function show(overrides: Partial<Props> = {}, options: UiOptions = {}) {
	const all = props(overrides);
	const rendered = renderUi(<Connect {...all} />, {columns: 80, color: false, ...options});
	await tick(20);
	return {...rendered, props: all};
}

const onlineSteps: Props['steps'] = [
	{command: "Import-Module 'C:\\Program Files\\Common Files\\Skype for Business Online\\Modules\\SkypeOnlineConnector\\SkypeOnlineConnector.psd1'", status: 'done'},
	{command: '$credential = Get-Credential', status: 'done'},
	{command: "$session = New-CsOnlineSession -Credential $credential -OverrideAdminDomain 'contoso.onmicrosoft.com'", status: 'running'},
	{command: 'Import-PSSession $session -AllowClobber | Out-Null', status: 'pending'},
];

describe('Connect', () => {
	describe('on this computer (server, local)', () => {
		it('asks nothing, says what will happen, and connects with Enter', async () => {
			const rendered = await show({targetKind: 'server-local', defaults: remembered});
			const frame = flat(rendered.lastFrame());
			expect(frame).toContain('Step 2 of 7 - Connect');
			expect(frame).toContain('Nothing to fill in.');
			expect(frame).toContain('imports the SkypeForBusiness module');
			expect(frame).toContain('your current Windows account');
			expect(frame).not.toContain('Password');
			await press(rendered, enter);
			expect(rendered.props.onConnect).toHaveBeenCalledTimes(1);
			expect(rendered.props.onConnect).toHaveBeenCalledWith(remembered);
		});

		it('goes back to the checks with Esc', async () => {
			const rendered = await show({targetKind: 'server-local'});
			await press(rendered, escape);
			expect(rendered.props.onBack).toHaveBeenCalledTimes(1);
			expect(rendered.props.onConnect).not.toHaveBeenCalled();
		});
	});

	describe('to a remote pool', () => {
		it('asks for the pool first', async () => {
			const {lastFrame} = await show();
			expect(lastFrame()).toContain('Pool FQDN:');
			expect(flat(lastFrame())).toContain('https://POOL/OcsPowershell');
			expect(lastFrame()).toContain('Enter next');
		});

		it('shows its example as an example', async () => {
			const {lastFrame} = await show();
			expect(lastFrame()).toContain('Pool FQDN: for example: pool01.contoso.com');
		});

		it('takes a pool pasted with its Enter in one piece', async () => {
			const rendered = await show();
			rendered.stdin.write('pool01.contoso.com\r');
			await vi.waitFor(() => {
				expect(rendered.lastFrame()).toContain('Pool: pool01.contoso.com');
			});
			expect(rendered.lastFrame()).toContain('Sign in with:');
		});

		it('says what Enter does for the highlighted sign-in, not the remembered one', async () => {
			const rendered = await show({defaults: remembered});
			await press(rendered, enter);
			expect(rendered.lastFrame()).toContain('❯ a user name and a password');
			expect(rendered.lastFrame()).toContain('Enter next');
			expect(rendered.lastFrame()).toContain('Enter goes to the next question');
			await press(rendered, '\u001B[A');
			expect(rendered.lastFrame()).toContain('❯ my Windows account');
			expect(rendered.lastFrame()).toContain('Enter connect');
			expect(rendered.lastFrame()).toContain('Enter connects; Esc goes back');
			await press(rendered, down);
			expect(rendered.lastFrame()).toContain('Enter next');
		});

		it('refuses a URL with the plan’s reason and keeps asking', async () => {
			const rendered = await show();
			await press(rendered, 'https://pool01.contoso.com/OcsPowershell', enter);
			expect(flat(rendered.lastFrame())).toContain('Not valid: give only the host name (for example pool01.contoso.com), without https:// or a path');
			expect(rendered.lastFrame()).toContain('Pool FQDN:');
			expect(rendered.lastFrame()).not.toContain('Sign in with:');
		});

		it('refuses an empty pool', async () => {
			const rendered = await show();
			await press(rendered, enter);
			expect(rendered.lastFrame()).toContain('Not valid: it is empty');
		});

		it('connects with the Windows account: pool, then sign-in, no password', async () => {
			const rendered = await show();
			await press(rendered, '  pool01.contoso.com ', enter);
			expect(rendered.lastFrame()).toContain('Pool: pool01.contoso.com');
			expect(rendered.lastFrame()).toContain('Sign in with:');
			expect(rendered.lastFrame()).toContain('my Windows account');
			expect(rendered.lastFrame()).toContain('Enter connect');
			await press(rendered, enter);
			expect(rendered.props.onConnect).toHaveBeenCalledWith({...empty, pool: 'pool01.contoso.com', signIn: 'integrated'});
			expect(vi.mocked(rendered.props.onConnect).mock.calls[0]).toHaveLength(1);
		});

		it('connects with a user name and a password that is never shown', async () => {
			const rendered = await show({defaults: {...remembered, signIn: 'integrated'}});
			await press(rendered, enter, down, enter);
			expect(rendered.lastFrame()).toContain('Sign in with: a user name and a password');
			expect(rendered.lastFrame()).toContain('User name: CONTOSO\\admin');
			await press(rendered, enter);
			expect(rendered.lastFrame()).toContain('Password:');
			expect(flat(rendered.lastFrame())).toContain('never shown, never saved');
			await press(rendered, 'S3cr3t!pw');
			expect(rendered.lastFrame()).toContain('Password: *********');
			expect(rendered.lastFrame()).not.toContain('S3cr3t');
			await press(rendered, enter);
			expect(rendered.props.onConnect).toHaveBeenCalledWith({...remembered, signIn: 'credential'}, 'S3cr3t!pw');
			expect(rendered.lastFrame()).not.toContain('S3cr3t');
		});

		it('refuses an empty password', async () => {
			const rendered = await show({defaults: remembered});
			await press(rendered, enter, enter, enter, enter);
			expect(rendered.lastFrame()).toContain('Not valid: type the password');
			expect(rendered.props.onConnect).not.toHaveBeenCalled();
		});

		it('refuses an empty user name', async () => {
			const rendered = await show({defaults: {...remembered, userName: ''}});
			await press(rendered, enter, enter, enter);
			expect(rendered.lastFrame()).toContain('User name:');
			expect(rendered.lastFrame()).toContain('Not valid: it is empty');
		});

		it('goes back one question with Esc, and to the checks from the first', async () => {
			const rendered = await show({defaults: remembered});
			await press(rendered, enter, enter);
			expect(rendered.lastFrame()).toContain('User name:');
			await press(rendered, escape);
			expect(rendered.lastFrame()).toContain('Sign in with:');
			expect(rendered.lastFrame()).not.toContain('User name:');
			await press(rendered, escape);
			expect(rendered.lastFrame()).toContain('Pool FQDN: pool01.contoso.com');
			expect(rendered.props.onBack).not.toHaveBeenCalled();
			await press(rendered, escape);
			expect(rendered.props.onBack).toHaveBeenCalledTimes(1);
		});

		it('offers the rehearsal account as a tip when signing in', async () => {
			const rendered = await show({defaults: remembered, rehearsalSignIn: {userName: 'admin@contoso.com', password: 'Rehearse-2021'}}, {rehearsal: true});
			expect(rendered.lastFrame()).not.toContain('Rehearse-2021');
			await press(rendered, enter);
			expect(flat(rendered.lastFrame())).toContain('Rehearsal: sign in as admin@contoso.com with the password Rehearse-2021');
		});
	});

	describe('to Skype for Business Online', () => {
		it('says plainly that Microsoft retired the service', async () => {
			const {lastFrame} = await show({targetKind: 'online'});
			expect(flat(lastFrame())).toContain('WARN: Microsoft retired Skype for Business Online on 31 July 2021.');
		});

		it('asks for the optional admin domain and says what it fixes', async () => {
			const {lastFrame} = await show({targetKind: 'online'});
			expect(lastFrame()).toContain('Admin domain (optional):');
			expect(flat(lastFrame())).toContain('“lyncdiscover” error');
		});

		it('accepts an empty admin domain and offers Microsoft’s sign-in window', async () => {
			const rendered = await show({targetKind: 'online'});
			await press(rendered, enter);
			expect(rendered.lastFrame()).toContain('Admin domain: none');
			expect(rendered.lastFrame()).toContain('Microsoft’s sign-in window (supports MFA)');
			await press(rendered, enter);
			expect(rendered.props.onConnect).toHaveBeenCalledWith({...empty, signIn: 'integrated'});
		});

		it('refuses an admin domain that is not a host name', async () => {
			const rendered = await show({targetKind: 'online'});
			await press(rendered, 'contoso', enter);
			expect(flat(rendered.lastFrame())).toContain('Not valid: give the full name with its domain');
		});

		it('hands over the admin domain, user name and password', async () => {
			const rendered = await show({targetKind: 'online'});
			await press(rendered, 'contoso.onmicrosoft.com', enter, down, enter, 'admin@contoso.onmicrosoft.com', enter, 'pw', enter);
			expect(rendered.props.onConnect).toHaveBeenCalledWith(
				{pool: '', adminDomain: 'contoso.onmicrosoft.com', signIn: 'credential', userName: 'admin@contoso.onmicrosoft.com'},
				'pw',
			);
		});
	});

	describe('while connecting', () => {
		it('shows each command with its status, a spinner on the running one', async () => {
			const {lastFrame} = await show({targetKind: 'online', defaults: remembered, status: 'connecting', steps: onlineSteps});
			const frame = lastFrame();
			expect(frame).toContain('Connecting to Skype for Business Online…');
			expect(frame).toMatch(/PASS +\$credential = Get-Credential \(built from the password you typed/);
			expect(frame).toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] RUNNING {2}\$session = New-CsOnlineSession -Credential \$credential/);
			expect(frame).toMatch(/WAITING {2}Import-PSSession \$session -AllowClobber \| Out-Null/);
		});

		it('says the only key that works: Ctrl+C to quit', async () => {
			const {lastFrame} = await show({status: 'connecting', steps: onlineSteps});
			expect(lastFrame().trim().split('\n').at(-1)).toBe('Ctrl+C quit');
		});

		it('ignores Enter and Esc', async () => {
			const rendered = await show({status: 'connecting', steps: onlineSteps});
			await press(rendered, enter, escape);
			expect(rendered.props.onBack).not.toHaveBeenCalled();
			expect(rendered.props.onContinue).not.toHaveBeenCalled();
			expect(rendered.props.onConnect).not.toHaveBeenCalled();
		});
	});

	describe('once connected', () => {
		it('says so and goes on with Enter', async () => {
			const rendered = await show({defaults: remembered, status: 'connected', steps: onlineSteps.map(step => ({...step, status: 'done'}))});
			expect(rendered.lastFrame()).toContain('✔ Connected to pool01.contoso.com.');
			expect(rendered.lastFrame()).toContain('Press Enter to read the current settings.');
			await press(rendered, enter);
			expect(rendered.props.onContinue).toHaveBeenCalledTimes(1);
		});

		it('goes back with Esc', async () => {
			const rendered = await show({status: 'connected'});
			await press(rendered, escape);
			expect(rendered.props.onBack).toHaveBeenCalledTimes(1);
		});
	});

	describe('after a failure', () => {
		const failedSteps: Props['steps'] = [
			{command: '$credential = Get-Credential', status: 'done'},
			{command: "$session = New-PSSession -ConnectionUri 'https://pool01.contoso.com/OcsPowershell' -Credential $credential", status: 'failed'},
			{command: 'Import-PSSession $session -AllowClobber | Out-Null', status: 'pending'},
		];
		const error = {
			message: 'Connecting to remote server pool01.contoso.com failed with the following error message : Access is denied.',
			hint: 'The user name or password was not accepted. Check them and try again.',
			command: failedSteps[1]!.command,
		};

		it('shows PowerShell’s message, the fix and the command that failed', async () => {
			const {lastFrame} = await show({defaults: remembered, status: 'failed', steps: failedSteps, error});
			const frame = flat(lastFrame());
			expect(frame).toContain('ERROR: could not connect to pool01.contoso.com');
			expect(frame).toContain('PowerShell said: Connecting to remote server pool01.contoso.com failed with the following error message : Access is denied.');
			expect(frame).toContain('What to do: The user name or password was not accepted.');
			expect(frame).toContain("The command that failed: $session = New-PSSession -ConnectionUri 'https://pool01.contoso.com/OcsPowershell' -Credential $credential");
			expect(frame).toContain('Enter try again');
		});

		it('fits 80 columns and 22 lines', async () => {
			const {lastFrame} = await show({targetKind: 'online', defaults: remembered, status: 'failed', steps: onlineSteps, error}, {rehearsal: true});
			const lines = lastFrame().split('\n');
			expect(lines.length).toBeLessThanOrEqual(22);
			expect(Math.max(...lines.map(line => line.length))).toBeLessThanOrEqual(80);
		});

		it('goes back to the form with Enter, answers kept and the password cleared', async () => {
			const rendered = await show({defaults: remembered});
			await press(rendered, enter, enter, enter, 'first-try', enter);
			expect(rendered.props.onConnect).toHaveBeenCalledWith(remembered, 'first-try');
			const onRetry = vi.fn();
			rendered.rerender(<Connect {...rendered.props} defaults={remembered} status="failed" steps={failedSteps} error={error} onRetry={onRetry} />);
			await vi.waitFor(() => {
				expect(rendered.lastFrame()).toContain('ERROR: could not connect');
			});
			// Ink renews its input handler in an effect after the frame.
			await tick(15);
			await press(rendered, enter);
			expect(onRetry).toHaveBeenCalledTimes(1);
			expect(rendered.lastFrame()).toContain('Pool FQDN: pool01.contoso.com');
			await press(rendered, enter, enter, enter);
			expect(rendered.lastFrame()).toMatch(/Password: *$/m);
			await press(rendered, enter);
			expect(rendered.lastFrame()).toContain('Not valid: type the password');
			await press(rendered, 'second-try', enter);
			expect(rendered.props.onConnect).toHaveBeenLastCalledWith(remembered, 'second-try');
		});

		it('goes back to the checks with Esc', async () => {
			const rendered = await show({status: 'failed', steps: failedSteps, error});
			await press(rendered, escape);
			expect(rendered.props.onBack).toHaveBeenCalledTimes(1);
		});
	});

	it('speaks Italian', async () => {
		const rendered = await show({targetKind: 'online', defaults: remembered}, {language: 'it'});
		const frame = flat(rendered.lastFrame());
		expect(frame).toContain('Passo 2 di 7 - Connessione');
		expect(frame).toContain('Microsoft ha dismesso Skype for Business Online il 31 luglio 2021.');
		expect(frame).toContain('Dominio di amministrazione (facoltativo):');
		await press(rendered, enter);
		expect(rendered.lastFrame()).toContain('la finestra di accesso di Microsoft (supporta l’MFA)');
		expect(rendered.lastFrame()).toContain('Invio avanti');
	});

	it('speaks Italian once connected', async () => {
		const {lastFrame} = await show({targetKind: 'server-local', status: 'connected', steps: [{command: 'Import-Module SkypeForBusiness', status: 'done'}]}, {language: 'it'});
		// The status padded to the widest word (IN ATTESA), two spaces, the command: the column of
		// the checks' titles on the previous screen.
		expect(lastFrame()).toContain('✔ OK         Import-Module SkypeForBusiness');
		expect(lastFrame()).toContain('Connesso a Skype for Business Server su questo computer.');
	});

	describe('in screen-reader mode', () => {
		it('says the password is hidden and how many characters were typed', async () => {
			const rendered = await show({defaults: remembered}, {screenReader: true});
			await press(rendered, enter, enter, enter, 'abc');
			expect(rendered.lastFrame()).toContain('Password: hidden, 3 characters typed');
			expect(rendered.lastFrame()).not.toContain('abc');
		});

		it('says the commands’ statuses in words', async () => {
			const {lastFrame} = await show({status: 'connecting', steps: onlineSteps}, {screenReader: true});
			expect(lastFrame()).toContain('RUNNING: $session = New-CsOnlineSession');
			expect(lastFrame()).not.toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏✔]/);
		});
	});
});

describe('questionsFor', () => {
	it('asks a local server nothing', () => {
		expect(questionsFor('server-local', 'credential')).toEqual([]);
	});

	it('asks for a user name and password only with credential sign-in', () => {
		expect(questionsFor('server-pool', 'integrated')).toEqual(['pool', 'signIn']);
		expect(questionsFor('online', 'credential')).toEqual(['adminDomain', 'signIn', 'userName', 'password']);
	});
});
