/**
 * Command-line flags to `Choices` for `plan` and `apply`. Each flag is validated on its own and
 * in combination; the first problem becomes an `InputError` (exit 2) that names the flag, the
 * value and the fix. The users file is read here: its repeated users and encoding are reported
 * as notices, and any bad line is an error that lists every bad line by number.
 */
import {readFileSync, statSync} from 'node:fs';
import {resolve} from 'node:path';
import {InputError} from '../errors.js';
import {cli as cliEn} from '../i18n/en/cli.js';
import {cli as cliIt} from '../i18n/it/cli.js';
import {detectLanguage, type Language} from '../i18n/language.js';
import type {Choices, Scope, SignIn, Target} from '../plan/choices.js';
import {planTexts} from '../plan/render-script.js';
import {parseUsersFile} from '../plan/users-file.js';
import {
	type Validation,
	validateAdminDomain,
	validateIdentity,
	validatePolicyName,
	validatePoolFqdn,
	validateSignInUser,
	validateSiteName,
	validateUserCount,
} from '../plan/validate.js';
import type {ChoiceOptions, CommonOptions} from './options.js';

export const defaultPolicyName = 'OfflineIM';

/** Bad lines listed in full before "... and N more". */
const listedBadLines = 100;

/** Far above 100,000 long identities; a bigger file is not a list of users. */
const maxUsersFileBytes = 64 * 1024 * 1024;

export type ChoicesContext = {
	cwd: string;
	env?: NodeJS.ProcessEnv;
	/** Remembered choices (settings), used when the flag is absent. */
	defaults?: {target?: 'server' | 'online'; pool?: string; policy?: string};
};

export type ChoicesFromOptions = {
	choices: Choices;
	language: Language;
	/** Things to tell the person on stderr (repeated users left out, a file read as Windows-1252). */
	notices: string[];
};

const cliTexts = {en: cliEn, it: cliIt} as const;

/**
 * A value as it can be shown in a message: in double quotes, with control characters,
 * text-direction controls and broken surrogates escaped so the terminal shows what was typed.
 */
export function shown(value: string): string {
	let text = '';
	for (const character of value) {
		const code = character.codePointAt(0) ?? 0;
		const escape =
			code <= 0x1f ||
			(code >= 0x7f && code <= 0x9f) ||
			code === 0x2028 ||
			code === 0x2029 ||
			(code >= 0x200e && code <= 0x200f) ||
			(code >= 0x202a && code <= 0x202e) ||
			(code >= 0x2066 && code <= 0x2069) ||
			(code >= 0xd800 && code <= 0xdfff);
		text += escape ? `\\u{${code.toString(16).toUpperCase()}}` : character;
	}

	return `"${text}"`;
}

export function choicesFromOptions(options: CommonOptions & ChoiceOptions, context: ChoicesContext): ChoicesFromOptions {
	const language = detectLanguage(options.lang, context.env ?? process.env);
	const t = cliTexts[language];
	const reason = planTexts(language).problem;
	const notices: string[] = [];

	const check = (flag: string, raw: string, validation: (value: string) => Validation): string => {
		const result = validation(raw);
		if (!result.ok) throw new InputError(t.invalid(flag, shown(raw), reason(result.problem)));
		return result.value;
	};

	const onlyFor = (flag: string, where: string): never => {
		throw new InputError(t.onlyFor(flag, where), t.onlyForHint(flag, where));
	};

	if (!options.state) throw new InputError(t.missing('--state'), t.missingHint('--state'));
	if (!options.scope) throw new InputError(t.missing('--scope'), t.missingHint('--scope'));
	if (options.state !== 'on' && options.state !== 'off') {
		throw new InputError(t.invalid('--state', shown(options.state), 'on | off'), t.missingHint('--state'));
	}

	const {state} = options;

	const target = targetFromOptions(options, context, check, onlyFor, t);

	let scope: Scope;
	if (options.scope !== 'site' && options.site !== undefined) onlyFor('--site', '--scope site');
	if (options.scope !== 'users') {
		if (options.users !== undefined) onlyFor('--users', '--scope users');
		if (options.usersFile !== undefined) onlyFor('--users-file', '--scope users');
		if (options.policy !== undefined) onlyFor('--policy', '--scope users');
	}

	switch (options.scope) {
		case 'global':
			scope = {kind: 'global'};
			break;
		case 'site': {
			if (target.kind === 'online') throw new InputError(t.siteOnline, t.siteOnlineHint);
			if (options.site === undefined) throw new InputError(t.siteNeeded, t.siteNeededHint);
			// `site:Redmond` is what Get-CsClientPolicy prints; the flag takes the bare name.
			scope = {kind: 'site', site: check('--site', options.site.replace(/^\s*site:/i, ''), validateSiteName)};
			break;
		}

		case 'users': {
			const policy = check('--policy', options.policy ?? context.defaults?.policy ?? defaultPolicyName, validatePolicyName);
			const users = usersFromOptions(options, context, language, notices);
			scope = {kind: 'users', policy, policyMode: 'auto', users};
			break;
		}

		default:
			throw new InputError(t.missing('--scope'), t.missingHint('--scope'));
	}

	let serverSwitch: 'leave' | undefined;
	if (options.serverSwitch !== undefined) {
		if (target.kind === 'online') onlyFor('--server-switch', '--target server');
		if (options.serverSwitch !== 'use' && options.serverSwitch !== 'leave') {
			throw new InputError(t.invalid('--server-switch', shown(options.serverSwitch), 'use | leave'));
		}

		// `use` is the default and stays implicit, so that plans and journals read as before.
		if (options.serverSwitch === 'leave') serverSwitch = 'leave';
	}

	return {choices: {target, state, scope, ...(serverSwitch ? {serverSwitch} : {})}, language, notices};
}

type Texts = typeof cliEn;
type Check = (flag: string, raw: string, validation: (value: string) => Validation) => string;

function targetFromOptions(
	options: CommonOptions,
	context: ChoicesContext,
	check: Check,
	onlyFor: (flag: string, where: string) => never,
	t: Texts,
): Target {
	const kind = options.target ?? context.defaults?.target ?? 'server';
	if (kind !== 'server' && kind !== 'online') throw new InputError(t.invalid('--target', shown(kind), 'server | online'));
	const signIn: SignIn =
		options.signInUser === undefined
			? {kind: 'integrated'}
			: {kind: 'credential', userName: check('--sign-in-user', options.signInUser, validateSignInUser)};

	if (kind === 'online') {
		if (options.pool !== undefined) onlyFor('--pool', '--target server');
		const adminDomain = options.adminDomain === undefined ? undefined : check('--admin-domain', options.adminDomain, validateAdminDomain);
		return {kind: 'online', ...(adminDomain ? {adminDomain} : {}), signIn};
	}

	if (options.adminDomain !== undefined) onlyFor('--admin-domain', '--target online');
	const poolFlag = options.pool ?? (options.target === undefined ? context.defaults?.pool : undefined);
	const pool = poolFlag === undefined ? undefined : check('--pool', poolFlag, validatePoolFqdn);
	if (!pool && signIn.kind === 'credential') throw new InputError(t.signInNeedsSession, t.signInNeedsSessionHint);
	return {kind: 'server', ...(pool ? {pool} : {}), signIn};
}

function usersFromOptions(options: ChoiceOptions, context: ChoicesContext, language: Language, notices: string[]): string[] {
	const t = cliTexts[language];
	const {problem: reason} = planTexts(language);
	if (options.users === undefined && options.usersFile === undefined) throw new InputError(t.usersNeeded, t.usersNeededHint);
	const users: string[] = [];
	const seen = new Set<string>();
	let repeated = 0;
	const add = (user: string) => {
		const key = user.toLowerCase();
		if (seen.has(key)) {
			repeated++;
			return;
		}

		seen.add(key);
		users.push(user);
	};

	if (options.users !== undefined) {
		const entries = options.users.split(',');
		let listed = 0;
		entries.forEach((entry, index) => {
			// "a, b" and a trailing comma are fine; an entry that is only spaces is skipped.
			if (entry.trim() === '') return;
			listed++;
			const result = validateIdentity(entry);
			if (!result.ok) throw new InputError(t.invalidUser(index + 1, shown(entry), reason(result.problem)), t.invalidUserHint);
			add(result.value);
		});
		if (listed === 0 && options.usersFile === undefined) throw new InputError(t.noUsersListed, t.usersNeededHint);
		if (repeated > 0) notices.push(t.duplicatesDropped('--users', repeated));
	}

	if (options.usersFile !== undefined) {
		const file = options.usersFile;
		const loaded = loadUsersFile(file, context.cwd, language);
		notices.push(...loaded.notices);
		const before = repeated;
		for (const user of loaded.users) add(user);
		const fileRepeats = loaded.duplicates + repeated - before;
		if (fileRepeats > 0) notices.push(t.duplicatesDropped(file, fileRepeats));
	}

	const tooMany = validateUserCount(users.length);
	if (tooMany) throw new InputError(t.tooManyUsers(reason(tooMany)));
	return users;
}

export type LoadedUsersFile = {users: string[]; duplicates: number; notices: string[]};

/**
 * Reads and checks a users file. Throws an `InputError` whose message lists every bad line by
 * number (the first 100), so nothing is run from a file that is partly wrong.
 */
export function loadUsersFile(file: string, cwd: string, language: Language): LoadedUsersFile {
	const t = cliTexts[language];
	const {usersFileProblem} = planTexts(language);
	const parsed = parseUsersFile(readUsersFile(file, cwd, t));
	if (parsed.problems.length > 0) {
		const lines = parsed.problems
			.slice(0, listedBadLines)
			.map(({line, problem}) => t.usersFileLine(file, line, usersFileProblem(problem)));
		if (parsed.problems.length > listedBadLines) lines.push(t.usersFileMoreLines(parsed.problems.length - listedBadLines));
		throw new InputError([t.usersFileBadLines(file, parsed.problems.length), ...lines].join('\n'), t.usersFileBadLinesHint);
	}

	if (parsed.users.length === 0) throw new InputError(t.usersFileNoUsers(file), t.usersFileNoUsersHint);
	return {users: parsed.users, duplicates: parsed.duplicates, notices: parsed.encoding === 'windows-1252' ? [t.windows1252(file)] : []};
}

function readUsersFile(file: string, cwd: string, t: Texts): Buffer {
	const path = resolve(cwd, file);
	try {
		const stats = statSync(path);
		if (stats.isDirectory()) throw new InputError(t.usersFileFolder(file));
		if (stats.size > maxUsersFileBytes) throw new InputError(t.usersFileTooBig(file, Math.ceil(stats.size / 1024 / 1024)));
		return readFileSync(path);
	} catch (error) {
		if (error instanceof InputError) throw error;
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') throw new InputError(t.usersFileMissing(file), t.usersFileMissingHint(cwd));
		throw new InputError(t.usersFileUnreadable(file, code ?? (error instanceof Error ? error.message : String(error))));
	}
}
