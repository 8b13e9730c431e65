/**
 * The command-line options as commander hands them over (design.md section 4). Values are raw
 * strings here; each command validates what it uses and names the flag when it is wrong.
 */
import type {Writable} from 'node:stream';

export type CommonOptions = {
	/** `server` or `online`; undefined means the remembered target, else `server`. */
	target?: string;
	/** Server target: the pool FQDN for a remote session; absent means the local module. */
	pool?: string;
	/** Online target: `-OverrideAdminDomain`, for the "lyncdiscover" resolution error. */
	adminDomain?: string;
	/** Sign in as this user with a password (else the current Windows account / MFA window). */
	signInUser?: string;
	/** Read the sign-in password from the first line of standard input (like `docker login`). */
	passwordStdin?: boolean;
	/** Run against the simulated tenant (rehearsal). */
	simulate?: boolean;
	/** The PowerShell executable; else OFFLINE_IM_POWERSHELL, then on Windows the 64-bit Windows PowerShell, then pwsh. */
	powershell?: string;
	/** Start PowerShell with `-ExecutionPolicy Bypass` (this session only). */
	bypassExecutionPolicy?: boolean;
	lang?: string;
	journal?: string;
	/** Seconds one PowerShell request may take before it counts as hung. */
	timeout?: string;
	json?: boolean;
};

export type ChoiceOptions = {
	state?: string;
	scope?: string;
	site?: string;
	policy?: string;
	users?: string;
	usersFile?: string;
	/** Server target: `use` (default) or `leave` the IM configuration's EnableOfflineIm (the server switch). */
	serverSwitch?: string;
};

export type PlanOptions = CommonOptions & ChoiceOptions & {out?: string};

export type ApplyOptions = CommonOptions &
	ChoiceOptions & {
		yes?: boolean;
		continueOnError?: boolean;
	};

export type DoctorOptions = CommonOptions;

export type WizardOptions = CommonOptions;

/** Where a command writes and what it knows of its surroundings; tests pass their own. */
export type Io = {
	stdout: Writable;
	stderr: Writable;
	stdin: NodeJS.ReadableStream & {isTTY?: boolean};
	env: NodeJS.ProcessEnv;
	cwd: string;
	/** Both stdin and stdout are terminals. */
	interactive: boolean;
};

export function processIo(): Io {
	return {
		stdout: process.stdout,
		stderr: process.stderr,
		stdin: process.stdin,
		env: process.env,
		cwd: process.cwd(),
		interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
	};
}
