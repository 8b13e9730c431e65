/**
 * What the wizard's screens and its controller share: plain data and the intents screens emit.
 * Screens never build command text and never call PowerShell; they render this and call back.
 */
import type {OnOff, Scope, ServerSwitchMode} from '../../plan/choices.js';

/** The target as the Welcome screen offers it. */
export type TargetKind = 'server-local' | 'server-pool' | 'online';

/** The seven numbered steps after the Welcome screen ("Step 3 of 7"). */
export const wizardSteps = ['prerequisites', 'connect', 'current', 'choices', 'review', 'execute', 'summary'] as const;
export type WizardStep = (typeof wizardSteps)[number];
export type ScreenId = 'welcome' | WizardStep;

export function stepNumber(step: WizardStep): number {
	return wizardSteps.indexOf(step) + 1;
}

/** What the Connect screen collects. The password is never part of it: it travels alone. */
export type ConnectForm = {
	/** server-pool: the pool FQDN. */
	pool: string;
	/** online: the optional `-OverrideAdminDomain`. */
	adminDomain: string;
	signIn: 'integrated' | 'credential';
	userName: string;
};

export type ConnectStepStatus = 'pending' | 'running' | 'done' | 'failed';

/** A failure as a person reads it: PowerShell's own message, a plain fix, the command that failed. */
export type ShownError = {message: string; hint: string; command?: string};

/** What the admin chose on the Choices screen. */
export type ChoicesDraft = {state: OnOff; scope: Scope; serverSwitch?: ServerSwitchMode};

/** Reading a users file for the Choices screen; messages are already in the admin's language. */
export type UsersFileOutcome =
	| {ok: true; users: string[]; duplicates: number; notices: string[]}
	| {ok: false; message: string; problems: string[]; hint?: string};
