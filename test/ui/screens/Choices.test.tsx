import {afterEach, describe, expect, it, vi} from 'vitest';
import type {TenantOverview} from '../../../source/engine/run.js';
import Choices, {type Props} from '../../../source/ui/screens/Choices.js';
import {backspaceRunMs} from '../../../source/ui/screens/choices/TypedUsersQuestion.js';
import {mergeUsers, parseTypedLine} from '../../../source/ui/screens/choices/typed-users.js';
import {cleanupUi, flat, press, renderUi, settle, tick, type UiOptions} from '../components/render-ui.js';

afterEach(cleanupUi);

const enter = '\r';
const escape = '\u001B';
const down = '\u001B[B';
const backspace = '\u007F';

const overview: TenantOverview = {
	global: {identity: 'Global', enableIMAutoArchiving: null},
	sites: [
		{identity: 'Site:Redmond', enableIMAutoArchiving: true},
		{identity: 'Site:Dublin', enableIMAutoArchiving: null},
	],
	perUserPolicies: [
		{identity: 'Tag:Sales', enableIMAutoArchiving: false},
		{identity: 'Tag:OfflineIM', enableIMAutoArchiving: true},
	],
	errors: [],
};
const bare: TenantOverview = {sites: [], perUserPolicies: [], errors: []};

function props(overrides: Partial<Props> = {}): Props {
	return {
		targetKind: 'server-pool',
		overview,
		defaults: {policy: 'OfflineIM'},
		readUsersFile: vi.fn(() => ({ok: true as const, users: ['a@contoso.com'], duplicates: 0, notices: []})),
		onDone: vi.fn(),
		onBack: vi.fn(),
		...overrides,
	};
}

async function show(overrides: Partial<Props> = {}, options: UiOptions = {}) {
	const all = props(overrides);
	const rendered = renderUi(<Choices {...all} />, {columns: 80, color: false, ...options});
	await tick(20);
	return {...rendered, props: all};
}

/** The line of the highlighted list item, without the pointer. */
const highlighted = (frame: string) =>
	frame
		.split('\n')
		.find(line => line.startsWith('❯'))
		?.slice(2);

describe('Choices', () => {
	describe('on or off', () => {
		it('takes Down and Enter typed in one piece as the answer shown', async () => {
			const rendered = await show();
			rendered.stdin.write('\u001B[B\r');
			await settle(rendered);
			expect(flat(rendered.lastFrame())).toContain('So far: offline messages OFF');
			expect(rendered.lastFrame()).toContain('Who should this apply to?');
		});

		it('asks first, saying what each answer means for people', async () => {
			const rendered = await show();
			const frame = flat(rendered.lastFrame());
			expect(frame).toContain('Step 4 of 7 - Choose what to change');
			expect(frame).toContain('Should offline messages be on or off?');
			// The setting is the sender's (Microsoft's "Enable or Disable Offline Instant Messaging").
			expect(frame).toContain('Off: these users cannot send an instant message to someone who is signed out.');
			expect(frame).toContain('On: these users can send an instant message to someone who is signed out: it is delivered to the recipient’s mailbox (not archived there)');
			expect(frame).toContain('Skype for Business 2016 Click-to-Run client');
			expect(frame).toContain('Up/Down choose · Enter select · Esc back');
			expect(highlighted(rendered.lastFrame())).toBe('On');
		});

		it('goes back to the previous screen with Esc at the first question', async () => {
			const rendered = await show();
			await press(rendered, escape);
			expect(rendered.props.onBack).toHaveBeenCalledOnce();
			expect(rendered.props.onDone).not.toHaveBeenCalled();
		});
	});

	describe('for the whole organization or a site', () => {
		it('turns messages off for the whole organization', async () => {
			const rendered = await show();
			await press(rendered, down, enter);
			expect(flat(rendered.lastFrame())).toContain('So far: offline messages OFF');
			expect(flat(rendered.lastFrame())).toContain('A per-user policy wins');
			await press(rendered, enter);
			// On a Server, "off" for everyone asks how: the server switch first, and why.
			const frame = flat(rendered.lastFrame());
			expect(frame).toContain('How should offline messages be turned off?');
			expect(highlighted(rendered.lastFrame())).toBe('With the server switch (recommended)');
			expect(frame).toContain('reaches every user of the scope, also those with a per-user policy');
			expect(frame).toContain('does not reach users with a per-user policy');
			expect(rendered.props.onDone).not.toHaveBeenCalled();
			await press(rendered, enter);
			expect(rendered.props.onDone).toHaveBeenCalledWith({state: 'off', scope: {kind: 'global'}});
		});

		it('turns messages off for a site with the client policy when asked to', async () => {
			const rendered = await show();
			await press(rendered, down, enter, down, enter, down, enter);
			expect(flat(rendered.lastFrame())).toContain('How should offline messages be turned off?');
			await press(rendered, down, enter);
			expect(rendered.props.onDone).toHaveBeenCalledWith({state: 'off', scope: {kind: 'site', site: 'Dublin'}, serverSwitch: 'leave'});
		});

		it('does not ask how to turn off on Skype for Business Online (it has no server switch)', async () => {
			const rendered = await show({targetKind: 'online'});
			await press(rendered, down, enter, enter);
			expect(rendered.props.onDone).toHaveBeenCalledWith({state: 'off', scope: {kind: 'global'}});
		});

		it('lists the sites with their current value and gives the bare site name', async () => {
			const rendered = await show();
			await press(rendered, enter, down, enter);
			const frame = rendered.lastFrame();
			expect(frame).toContain('Which site?');
			expect(frame).toContain('Redmond (offline messages now: on)');
			expect(frame).toContain('Dublin (offline messages now: not set (client default: on))');
			await press(rendered, down, enter);
			expect(rendered.props.onDone).toHaveBeenCalledWith({state: 'on', scope: {kind: 'site', site: 'Dublin'}});
		});

		it('offers no site on Skype for Business Online and says why', async () => {
			const rendered = await show({targetKind: 'online'});
			await press(rendered, enter);
			const frame = flat(rendered.lastFrame());
			expect(frame).not.toContain('one site');
			expect(frame).toContain('Site policies exist only on Skype for Business Server (on-premises).');
			await press(rendered, down, enter);
			expect(rendered.lastFrame()).toContain('Which per-user policy should these users get?');
		});

		it('says so when no site has a policy of its own, and Esc goes back to the scope', async () => {
			const rendered = await show({overview: {...overview, sites: []}});
			await press(rendered, enter);
			expect(rendered.lastFrame()).toContain('The users of one site (no site has a policy of its own)');
			await press(rendered, down, enter);
			const frame = flat(rendered.lastFrame());
			expect(frame).toContain('No site has a client policy of its own, so there is no site to choose.');
			expect(frame).toContain('New-CsClientPolicy -Identity site:NAME');
			await press(rendered, enter);
			expect(rendered.props.onDone).not.toHaveBeenCalled();
			await press(rendered, escape);
			expect(rendered.lastFrame()).toContain('Who should this apply to?');
		});

		it('goes back one question with Esc, keeping the answer given', async () => {
			const rendered = await show();
			await press(rendered, down, enter);
			expect(rendered.lastFrame()).toContain('Who should this apply to?');
			await press(rendered, escape);
			expect(rendered.lastFrame()).toContain('Should offline messages be on or off?');
			expect(highlighted(rendered.lastFrame())).toBe('Off');
			expect(rendered.props.onBack).not.toHaveBeenCalled();
		});
	});

	describe('for selected users', () => {
		it('reuses an existing per-user policy, showing its value and who else it affects', async () => {
			const rendered = await show();
			await press(rendered, down, enter, down, down, enter);
			const frame = flat(rendered.lastFrame());
			expect(frame).toContain('Which per-user policy should these users get?');
			expect(frame).toContain('Reuse Sales (offline messages now: off)');
			expect(frame).toContain('Reuse OfflineIM (offline messages now: on)');
			expect(frame).toContain('Create a new per-user policy');
			expect(frame).toContain('changes offline messages for everyone who already holds it, too');
			// The remembered policy exists, so it is the one offered first.
			expect(highlighted(rendered.lastFrame())).toBe('Reuse OfflineIM (offline messages now: on)');
			await press(rendered, '\u001B[A', enter, enter);
			expect(flat(rendered.lastFrame())).toContain('So far: offline messages OFF · selected users · existing policy Sales');
			await press(rendered, 'tony@contoso.com', enter, enter);
			expect(rendered.props.onDone).toHaveBeenCalledWith({
				state: 'off',
				scope: {kind: 'users', policy: 'Sales', policyMode: 'reuse', users: ['tony@contoso.com']},
			});
		});

		it('creates a new policy under a valid name', async () => {
			const rendered = await show({overview: {...overview, perUserPolicies: [{identity: 'Tag:Sales', enableIMAutoArchiving: false}]}});
			await press(rendered, enter, down, down, enter);
			expect(highlighted(rendered.lastFrame())).toBe('Create a new per-user policy');
			await press(rendered, enter);
			expect(rendered.lastFrame()).toContain('Name the new per-user policy');
			expect(rendered.lastFrame()).toContain('Policy name: OfflineIM');
			await press(rendered, enter, enter, 'ann@contoso.com', enter, enter);
			expect(rendered.props.onDone).toHaveBeenCalledWith({
				state: 'on',
				scope: {kind: 'users', policy: 'OfflineIM', policyMode: 'create', users: ['ann@contoso.com']},
			});
		});

		it('refuses a name the plan cannot use, saying why', async () => {
			const rendered = await show({overview: bare});
			await press(rendered, enter, down, down, enter);
			expect(flat(rendered.lastFrame())).toContain('No per-user client policy exists yet, so a new one is created.');
			await press(rendered, ...Array.from({length: 9}, () => backspace), 'Sales Team', enter);
			expect(flat(rendered.lastFrame())).toContain('Not valid: a policy name may contain only letters, digits, - and _ (found a space (U+0020))');
			expect(rendered.lastFrame()).toContain('Name the new per-user policy');
			await press(rendered, ...Array.from({length: 10}, () => backspace), 'Global', enter);
			expect(flat(rendered.lastFrame())).toContain('Global is the organization-wide policy, not a per-user one');
		});

		it('offers to reuse a policy that already exists under the name typed', async () => {
			const rendered = await show();
			await press(rendered, enter, down, down, enter, down, enter);
			await press(rendered, ...Array.from({length: 9}, () => backspace), 'sales', enter);
			const frame = flat(rendered.lastFrame());
			expect(frame).toContain('A per-user policy named Sales already exists.');
			expect(frame).toContain('Offline messages in it now: off.');
			expect(frame).toContain('Reuse Sales (everyone who already holds it is affected too)');
			await press(rendered, down, enter);
			expect(rendered.lastFrame()).toContain('Policy name: sales');
			await press(rendered, enter, enter, enter, 'x@contoso.com', enter, enter);
			expect(rendered.props.onDone).toHaveBeenCalledWith({
				state: 'on',
				scope: {kind: 'users', policy: 'Sales', policyMode: 'reuse', users: ['x@contoso.com']},
			});
		});

		it('goes straight to the name when no per-user policy exists, and back to the scope with Esc', async () => {
			const rendered = await show({overview: bare});
			await press(rendered, enter, down, down, enter);
			expect(rendered.lastFrame()).toContain('Name the new per-user policy');
			await press(rendered, escape);
			expect(rendered.lastFrame()).toContain('Who should this apply to?');
		});
	});

	describe('typing users', () => {
		async function typing() {
			const rendered = await show({overview: bare});
			await press(rendered, down, enter, down, down, enter, enter, enter);
			expect(rendered.lastFrame()).toContain('Type the users');
			return rendered;
		}

		it('adds the names of each line, quotes and apostrophes included, once whatever their case', async () => {
			const rendered = await typing();
			await press(rendered, "tony@contoso.com, Ann O'Brien; Seán O’Neill", enter);
			expect(rendered.lastFrame()).toContain('Added 3 users.');
			await press(rendered, 'TONY@contoso.com;  ann o\'brien ,bob@contoso.com', enter);
			const frame = flat(rendered.lastFrame());
			expect(frame).toContain('Added 1 user. 2 users already in the list.');
			expect(frame).toContain('4 users in the list: … and 1 earlier Ann O\'Brien Seán O’Neill bob@contoso.com');
			await press(rendered, enter);
			expect(rendered.props.onDone).toHaveBeenCalledWith({
				state: 'off',
				scope: {kind: 'users', policy: 'OfflineIM', policyMode: 'create', users: ['tony@contoso.com', "Ann O'Brien", 'Seán O’Neill', 'bob@contoso.com']},
			});
		});

		it('needs at least one user before an empty line finishes', async () => {
			const rendered = await typing();
			expect(rendered.lastFrame()).toContain('No users yet.');
			await press(rendered, enter);
			expect(rendered.lastFrame()).toContain('Not valid: Type at least one user first.');
			expect(rendered.props.onDone).not.toHaveBeenCalled();
		});

		it('refuses a line with an unusable name and adds nothing from it', async () => {
			const rendered = await typing();
			await press(rendered, 'good@contoso.com, bad\u2028name', enter);
			const frame = flat(rendered.lastFrame());
			expect(frame).toContain('“bad');
			expect(frame).toMatch(/U\+2028/);
			expect(frame).toContain('Nothing added');
			expect(frame).toContain('No users yet.');
		});

		it('takes the last name off with Backspace on an empty line', async () => {
			const rendered = await typing();
			await press(rendered, 'a@contoso.com, b@contoso.com', enter);
			// A Backspace of its own, not the end of a run that cleared the line.
			await tick(backspaceRunMs);
			await press(rendered, backspace);
			const frame = flat(rendered.lastFrame());
			expect(frame).toContain('Removed b@contoso.com.');
			expect(frame).toContain('1 user in the list: a@contoso.com');
		});

		it('removes no user when fast Backspaces clear a line', async () => {
			const rendered = await typing();
			await press(rendered, 'a@contoso.com, b@contoso.com, c@contoso.com', enter);
			await tick(backspaceRunMs);
			await press(rendered, 'abc');
			// Five Backspaces as a held key sends them: one read each, closer than a person types.
			for (let count = 0; count < 5; count++) {
				rendered.stdin.write(backspace);
				await tick(10);
			}

			await settle(rendered);
			const frame = flat(rendered.lastFrame());
			expect(frame).toContain('3 users in the list: a@contoso.com b@contoso.com c@contoso.com');
			expect(frame).not.toContain('Removed');
		});

		it('removes no user with a burst of Backspaces in one piece that clears the line', async () => {
			const rendered = await typing();
			await press(rendered, 'a@contoso.com, b@contoso.com', enter);
			await tick(backspaceRunMs);
			await press(rendered, 'abc');
			await press(rendered, backspace.repeat(5));
			const frame = flat(rendered.lastFrame());
			expect(frame).toContain('2 users in the list: a@contoso.com b@contoso.com');
			expect(rendered.lastFrame()).toContain('Users: for example:');
		});

		it('says how many a run of Backspaces on an empty line removed', async () => {
			const rendered = await typing();
			await press(rendered, 'a@contoso.com, b@contoso.com, c@contoso.com', enter);
			await tick(backspaceRunMs);
			await press(rendered, backspace.repeat(2));
			expect(flat(rendered.lastFrame())).toContain('Removed 2 users: b@contoso.com, c@contoso.com.');
			expect(flat(rendered.lastFrame())).toContain('1 user in the list: a@contoso.com');
		});

		it('adds a name pasted with its Enter in one piece, to a list that has users', async () => {
			const rendered = await typing();
			await press(rendered, 'a@contoso.com, b@contoso.com', enter);
			rendered.stdin.write('sip:user02@contoso.com\r');
			await settle(rendered);
			expect(flat(rendered.lastFrame())).toContain('Added 1 user.');
			expect(flat(rendered.lastFrame())).toContain('3 users in the list:');
			expect(rendered.props.onDone).not.toHaveBeenCalled();
		});

		it('adds each name of a pasted column (from a spreadsheet or a text file)', async () => {
			const rendered = await typing();
			rendered.stdin.write('a@x.com\nb@x.com\n');
			await settle(rendered);
			expect(flat(rendered.lastFrame())).toContain('Added 2 users.');
			expect(flat(rendered.lastFrame())).toContain('2 users in the list: a@x.com b@x.com');
			rendered.stdin.write('c@x.com\r\nd@x.com\r\n');
			await settle(rendered);
			expect(flat(rendered.lastFrame())).toContain('4 users in the list:');
			expect(rendered.props.onDone).not.toHaveBeenCalled();
		});

		it('says on the key line what Backspace does', async () => {
			const rendered = await typing();
			expect(rendered.lastFrame()).toContain('Backspace on an empty line: remove the last user');
		});
	});

	describe('reading users from a file', () => {
		async function file(overrides: Partial<Props> = {}) {
			const rendered = await show({overview: bare, defaults: {policy: 'OfflineIM', usersFile: 'C:\\lists\\pilot.csv'}, ...overrides});
			await press(rendered, down, enter, down, down, enter, enter, down, enter);
			expect(rendered.lastFrame()).toContain('Read the users from a file');
			return rendered;
		}

		it('reads the remembered file, shows what it holds, and goes on with its users', async () => {
			// As the controller hands them over: repeats left out and counted.
			const readUsersFile = vi.fn(() => ({
				ok: true as const,
				users: ['tony@contoso.com', 'ann@contoso.com'],
				duplicates: 2,
				notices: ['The file was read as Windows-1252.'],
			}));
			const rendered = await file({readUsersFile});
			expect(rendered.lastFrame()).toContain('File: C:\\lists\\pilot.csv');
			expect(rendered.lastFrame()).toContain('Enter read the file · Esc back');
			await press(rendered, enter);
			expect(readUsersFile).toHaveBeenCalledWith('C:\\lists\\pilot.csv');
			const frame = flat(rendered.lastFrame());
			expect(frame).toContain('Read 2 users from C:\\lists\\pilot.csv.');
			expect(frame).toContain('Left out 2 repeated names (each user is kept once).');
			expect(frame).toContain('Up/Down choose · Enter select · Esc back');
			expect(frame).toContain('INFO: The file was read as Windows-1252.');
			expect(frame).toContain('Continue with these 2 users');
			await press(rendered, enter);
			expect(rendered.props.onDone).toHaveBeenCalledWith({
				state: 'off',
				scope: {kind: 'users', policy: 'OfflineIM', policyMode: 'create', users: ['tony@contoso.com', 'ann@contoso.com']},
			});
		});

		it('shows why a file cannot be used and its bad lines, and lets the admin try another', async () => {
			const readUsersFile = vi.fn((path: string) =>
				path.endsWith('good.csv')
					? {ok: true as const, users: ['a@contoso.com'], duplicates: 0, notices: []}
					: {
							ok: false as const,
							message: 'C:\\lists\\pilot.csv: 3 lines cannot be used',
							problems: ['line 2: it is empty', 'line 5: a " is in the wrong place', 'line 7: it is empty'],
						},
			);
			const rendered = await file({readUsersFile});
			await press(rendered, enter);
			const frame = flat(rendered.lastFrame());
			expect(frame).toContain('✖ Could not read C:\\lists\\pilot.csv: 3 lines cannot be used');
			expect(frame).toContain('Lines that could not be read: line 2: it is empty line 5: a " is in the wrong place line 7: it is empty');
			await press(rendered, ...Array.from({length: 9}, () => backspace), 'good.csv', enter);
			expect(rendered.lastFrame()).toContain('Read 1 user from C:\\lists\\good.csv.');
			await press(rendered, down, enter);
			expect(rendered.lastFrame()).not.toContain('Read 1 user');
			expect(rendered.props.onDone).not.toHaveBeenCalled();
		});

		it('asks for a path when the field is empty', async () => {
			const rendered = await file({defaults: {policy: 'OfflineIM'}});
			await press(rendered, enter);
			expect(rendered.lastFrame()).toContain('Type the path of the file.');
			expect(rendered.props.readUsersFile).not.toHaveBeenCalled();
		});

		it('says so when a file holds no users', async () => {
			const rendered = await file({readUsersFile: () => ({ok: true, users: [], duplicates: 0, notices: []})});
			await press(rendered, enter);
			expect(flat(rendered.lastFrame())).toContain('✖ C:\\lists\\pilot.csv has no users in it.');
		});

		it('says it could not read a file that does not exist', async () => {
			const rendered = await file({
				defaults: {policy: 'OfflineIM'},
				readUsersFile: (path: string) => ({ok: false, message: `${path}: the file does not exist`, problems: [], hint: 'Check the path.'}),
			});
			await press(rendered, 'nope.csv', enter);
			const frame = flat(rendered.lastFrame());
			expect(frame).toContain('✖ Could not read nope.csv: the file does not exist');
			expect(frame).toContain('Check the path.');
			expect(frame).not.toContain('FAILED');
		});

		it('takes a path pasted with the quotes of "Copy as path", and its Enter, in one piece', async () => {
			const readUsersFile = vi.fn(() => ({ok: true as const, users: ['a@contoso.com'], duplicates: 0, notices: []}));
			const rendered = await file({defaults: {policy: 'OfflineIM'}, readUsersFile});
			rendered.stdin.write('"C:\\x\\u s.csv"\r');
			await vi.waitFor(() => {
				expect(readUsersFile).toHaveBeenCalledWith('C:\\x\\u s.csv');
			});
			await settle(rendered);
			await press(rendered, down, enter, ...Array.from({length: 16}, () => backspace), "'C:\\y.csv'", enter);
			expect(readUsersFile).toHaveBeenLastCalledWith('C:\\y.csv');
		});
	});

	describe('with many per-user policies', () => {
		const many: TenantOverview = {
			...overview,
			perUserPolicies: Array.from({length: 18}, (_, index) => ({identity: `Tag:Policy${index + 1}`, enableIMAutoArchiving: false})),
		};

		it('offers to create a new one first, and says how many more there are', async () => {
			const rendered = await show({overview: many});
			await press(rendered, enter, down, down, enter);
			const frame = rendered.lastFrame();
			expect(highlighted(frame)).toBe('Create a new per-user policy');
			expect(frame.split('\n').find(line => line.includes('Create a new'))).toBe('❯ Create a new per-user policy');
			expect(frame).toContain('… 11 more: Up/Down to scroll');
		});
	});

	describe('coming back from the review', () => {
		it('starts from the choices made, and keeps the users with one Enter', async () => {
			const users = Array.from({length: 10_000}, (_, index) => `user${index}@contoso.com`);
			const rendered = await show({
				initial: {state: 'off', scope: {kind: 'users', policy: 'Sales', policyMode: 'reuse', users}},
			});
			expect(highlighted(rendered.lastFrame())).toBe('Off');
			await press(rendered, enter);
			expect(highlighted(rendered.lastFrame())).toBe('Selected users (a per-user policy)');
			await press(rendered, enter);
			expect(highlighted(rendered.lastFrame())).toBe('Reuse Sales (offline messages now: off)');
			await press(rendered, enter);
			expect(highlighted(rendered.lastFrame())).toContain('Keep the 10,000 users chosen before');
			expect(flat(rendered.lastFrame())).toContain('(… user9997@contoso.com, user9998@contoso.com, user9999@contoso.com)');
			await press(rendered, enter);
			expect(rendered.props.onDone).toHaveBeenCalledWith({state: 'off', scope: {kind: 'users', policy: 'Sales', policyMode: 'reuse', users}});
		});

		it('starts an empty list when the admin types the names, rather than keep those chosen before', async () => {
			const rendered = await show({
				initial: {state: 'on', scope: {kind: 'users', policy: 'Sales', policyMode: 'reuse', users: ['a@contoso.com', 'b@contoso.com']}},
			});
			await press(rendered, enter, enter, enter);
			expect(highlighted(rendered.lastFrame())).toContain('Keep the 2 users chosen before');
			await press(rendered, down, enter);
			expect(rendered.lastFrame()).toContain('No users yet.');
			await press(rendered, 'c@contoso.com', enter, enter);
			expect(rendered.props.onDone).toHaveBeenCalledWith({state: 'on', scope: {kind: 'users', policy: 'Sales', policyMode: 'reuse', users: ['c@contoso.com']}});
		});

		it('highlights the site chosen before', async () => {
			const rendered = await show({initial: {state: 'on', scope: {kind: 'site', site: 'Dublin'}}});
			await press(rendered, enter, enter);
			expect(highlighted(rendered.lastFrame())).toBe('Dublin (offline messages now: not set (client default: on))');
		});
	});

	it('speaks Italian', async () => {
		const rendered = await show({}, {language: 'it'});
		let frame = flat(rendered.lastFrame());
		expect(frame).toContain('Passo 4 di 7 - Scegli cosa cambiare');
		expect(frame).toContain('I messaggi offline devono essere attivati o disattivati?');
		expect(frame).toContain('viene recapitato nella cassetta postale del destinatario');
		await press(rendered, down, enter, down, down, enter);
		frame = flat(rendered.lastFrame());
		expect(frame).toContain('Finora: messaggi offline DISATTIVATI · utenti scelti');
		expect(frame).toContain('Riutilizza Sales (messaggi offline ora: disattivato)');
		expect(frame).toContain('Crea un nuovo criterio per utente');
	});

	it('says which item is highlighted in words for a screen reader', async () => {
		const rendered = await show({}, {screenReader: true});
		const frame = rendered.lastFrame();
		expect(frame).toContain('On, selected');
		expect(frame).not.toContain('❯');
		expect(frame).toContain('Keys: Up/Down choose, Enter select, Esc back');
	});

	it('fits 80 columns and 22 lines while typing users, in the rehearsal too', async () => {
		const rendered = await show({overview: bare}, {rehearsal: true});
		await press(rendered, down, enter, down, down, enter, enter, enter, 'a@contoso.com, b@contoso.com, c@contoso.com, d@contoso.com', enter);
		const lines = rendered.lastFrame().split('\n');
		expect(lines[1]).toBe('REHEARSAL: simulated tenant, nothing real changes');
		expect(lines.length).toBeLessThanOrEqual(22);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
	});
});

describe('typed users', () => {
	it('splits at commas and semicolons, trims, and skips empty pieces', () => {
		expect(parseTypedLine(' a@contoso.com ;b@contoso.com,, Smith\\Tony ,')).toEqual({
			ok: true,
			names: ['a@contoso.com', 'b@contoso.com', 'Smith\\Tony'],
		});
	});

	it('names the first piece that is not a valid identity', () => {
		expect(parseTypedLine('ok, bad\u202Ename, worse\u0000')).toEqual({
			ok: false,
			name: 'bad\u202Ename',
			problem: {kind: 'bidi-control', codePoint: 0x202e, position: 4},
		});
	});

	it('appends each name once whatever its case, counting the repeats', () => {
		expect(mergeUsers(['Ann@contoso.com'], ['ann@CONTOSO.com', 'bob@contoso.com', 'BOB@contoso.com'])).toEqual({
			users: ['Ann@contoso.com', 'bob@contoso.com'],
			added: 1,
			repeated: 2,
		});
	});
});
