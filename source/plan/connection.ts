/**
 * The connection preamble (design.md section 1): the module on a Server, a remote session to a
 * pool, or the retired Online flow exactly as Microsoft's article has it. `Import-Module` runs in
 * every new session, not only the first time as the article suggests.
 */
import type {Target} from './choices.js';
import {
	credentialPromptCommand,
	importModuleCommand,
	importOnlineConnectorCommand,
	importSessionCommand,
	newOnlineSessionCommand,
	newPoolSessionCommand,
} from './commands.js';
import type {StepDraft} from './step-draft.js';

/**
 * Credential sign-in only applies to a session (a pool or Online): the local module runs as the
 * current Windows account, so a local Server target never asks for a credential.
 */
export function connectionSteps(target: Target): StepDraft[] {
	const withCredential = target.signIn.kind === 'credential';
	const credential: StepDraft[] = target.signIn.kind === 'credential'
		? [{phase: 'connect', kind: 'credential', command: credentialPromptCommand, subject: target.signIn.userName, rollback: []}]
		: [];
	const importSession: StepDraft = {phase: 'connect', kind: 'import-session', command: importSessionCommand, rollback: []};

	if (target.kind === 'server') {
		if (!target.pool) {
			const module = target.module ?? 'SkypeForBusiness';
			return [{phase: 'connect', kind: 'import-module', command: importModuleCommand(module), subject: module, rollback: []}];
		}

		return [
			...credential,
			{phase: 'connect', kind: 'new-session', command: newPoolSessionCommand(target.pool, withCredential), subject: target.pool, rollback: []},
			importSession,
		];
	}

	return [
		{phase: 'connect', kind: 'import-module', command: importOnlineConnectorCommand, subject: 'SkypeOnlineConnector', rollback: []},
		...credential,
		{
			phase: 'connect',
			kind: 'new-session',
			command: newOnlineSessionCommand(withCredential, target.adminDomain),
			...(target.adminDomain ? {subject: target.adminDomain} : {}),
			rollback: [],
		},
		importSession,
	];
}
