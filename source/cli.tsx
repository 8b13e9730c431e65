/**
 * The command line (design.md section 4): the wizard with no command, or `doctor`, `plan` and
 * `apply` for scripts and support tickets. Exit codes: 0 done, 1 a check or command failed,
 * 2 bad usage or input.
 */
import type {Command} from 'commander';
import {UserFacingError} from './errors.js';
import {processIo, type Io, type WizardOptions} from './commands/options.js';
import {version} from './version.js';

type Commander = typeof import('commander');

type Runner = (options: never, io: Io) => Promise<number>;

function withCommonOptions({Option}: Commander, command: Command): Command {
	return command
		.addOption(new Option('--target <target>', 'Skype for Business Server (on-premises) or Online (retired 2021-07-31)').choices(['server', 'online']))
		.option('--pool <fqdn>', 'server target: the pool FQDN for a remote session (default: the module on this machine)')
		.option('--admin-domain <domain>', 'online target: -OverrideAdminDomain, e.g. contoso.onmicrosoft.com')
		.option('--sign-in-user <name>', 'sign in with this user name and a password (default: your Windows account, or the MFA window)')
		.option('--password-stdin', 'read the sign-in password from standard input')
		.option('--simulate', 'rehearsal: run against a simulated tenant, nothing real changes')
		.option('--powershell <path>', 'the PowerShell executable (default: $OFFLINE_IM_POWERSHELL, else on Windows the 64-bit Windows PowerShell, then pwsh)')
		.option('--bypass-execution-policy', 'start PowerShell with -ExecutionPolicy Bypass for this session only')
		.addOption(new Option('--lang <language>', 'language for people').choices(['en', 'it']))
		.option('--journal <file>', 'where to write the journal (default: under the config folder)')
		.option('--timeout <seconds>', 'how long one PowerShell request may take before it counts as hung (default: 120)')
		.option('--json', 'machine-readable output');
}

function withChoiceOptions({Option}: Commander, command: Command): Command {
	return command
		.addOption(new Option('--state <state>', 'offline messages on or off').choices(['on', 'off']))
		.addOption(new Option('--scope <scope>', 'who is affected').choices(['global', 'site', 'users']))
		.option('--site <name>', 'scope site: the site name (on-premises only)')
		.option('--policy <name>', 'scope users: the per-user client policy (default OfflineIM); created when missing')
		.option('--users <list>', 'scope users: identities separated by commas')
		.option('--users-file <file>', 'scope users: a CSV file with a header, or one identity per line')
		.addOption(
			new Option(
				'--server-switch <mode>',
				'server target: use (default) the IM configuration\'s EnableOfflineIm where it decides, or leave it and change only the client policy',
			).choices(['use', 'leave']),
		);
}

/**
 * The wizard's usual command lines (nothing, `--simulate`, `--lang it`...), read without
 * commander; undefined for anything else, which commander parses. Loading commander and
 * declaring every command cost about 12 ms of the wizard's first frame (npm run bench).
 */
export function plainWizardOptions(argv: readonly string[]): WizardOptions | undefined {
	const options: WizardOptions = {};
	for (let index = 0; index < argv.length; index++) {
		const argument = argv[index];
		if (argument === '--simulate') options.simulate = true;
		else if (argument === '--bypass-execution-policy') options.bypassExecutionPolicy = true;
		else if (argument === '--lang' && (argv[index + 1] === 'en' || argv[index + 1] === 'it')) options.lang = argv[++index];
		else return undefined;
	}

	return options;
}

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
	try {
		const plain = plainWizardOptions(argv);
		if (plain) return await (await import('./commands/wizard.js')).runWizard(plain, io);
		return await parse(await import('commander'), argv, io);
	} catch (error) {
		if (error instanceof UserFacingError) {
			io.stderr.write(`offline-im: ${error.message}\n`);
			if (error.hint) io.stderr.write(`${error.hint}\n`);
			return error.exitCode;
		}

		throw error;
	}
}

async function parse(commander: Commander, argv: readonly string[], io: Io): Promise<number> {
	const {Command, CommanderError} = commander;
	let exitCode = 0;
	// The common options are defined on the program and on each command, and commander gives such
	// an option to the program wherever it appears (`plan --json` included): merge both levels.
	const run = (load: () => Promise<Runner>) => async (_options: unknown, command: Command) => {
		const runner = await load();
		exitCode = await runner(command.optsWithGlobals() as never, io);
	};

	const program = withCommonOptions(
		commander,
		new Command('offline-im')
			.description('Turn Skype for Business offline instant messages on or off, safely, with PowerShell.')
			.version(version, '-v, --version')
			.helpOption('-h, --help')
			.showHelpAfterError('(run offline-im --help to see every option)'),
	).action(async (options: unknown, command: Command) => {
		// A word that names no command (`offline-im docter`) reaches the wizard's action as an
		// argument, where commander would say "too many arguments". Commander's own unknown-command
		// error (lib/command.js, `unknownCommand`) says "unknown command 'docter'" and adds its
		// "Did you mean doctor?", as it does for a mistyped option; it is public in the source
		// but not in the typings, hence the narrow cast.
		if (command.args.length > 0) (command as typeof command & {unknownCommand(): never}).unknownCommand();
		await run(async () => (await import('./commands/wizard.js')).runWizard)(options, command);
	});
	// Before the subcommands are added: they copy these settings when they are created.
	program.exitOverride();
	program.configureOutput({
		writeOut: text => io.stdout.write(text),
		writeErr: text => io.stderr.write(text),
	});

	withCommonOptions(commander, program.command('doctor').description('check the prerequisites; exit 0 when all pass, 1 when any fails')).action(
		run(async () => (await import('./commands/doctor.js')).runDoctor),
	);

	withChoiceOptions(
		commander,
		withCommonOptions(commander, program.command('plan').description('print the script and its rollback; nothing runs')),
	)
		.option('--out <file>', 'write the script to FILE.ps1 and its rollback to FILE.rollback.ps1 (UTF-8 with a byte order mark)')
		.action(run(async () => (await import('./commands/plan.js')).runPlan));

	withChoiceOptions(commander, withCommonOptions(commander, program.command('apply').description('run the plan without questions')))
		.option('--yes', 'confirm: run the commands without asking')
		.option('--continue-on-error', 'per-user grants: go on after a user fails and list the failures at the end')
		.action(run(async () => (await import('./commands/apply.js')).runApply));

	// Only here, after the subcommands copied the program's settings: they keep refusing extra words.
	program.allowExcessArguments(true);

	try {
		await program.parseAsync(argv, {from: 'user'});
		return exitCode;
	} catch (error) {
		// --help and --version end with code 0; every other parse error is bad usage.
		if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
		throw error;
	}
}
