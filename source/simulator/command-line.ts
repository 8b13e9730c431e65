import {type ExecutionPolicyName, executionPolicyNames} from './tenant.js';

/** What the simulator was asked to do, from the same switches `pwsh` takes. */
export type CommandLine = {
	nonInteractive: boolean;
	executionPolicy?: ExecutionPolicyName;
	/** `-` to read statements from stdin (the bridge's way), or a command to run and exit. */
	command: string;
};

export type CommandLineResult = {ok: true; value: CommandLine} | {ok: false; message: string; exitCode: number};

const switches = ['NoLogo', 'NoProfile', 'NonInteractive', 'MTA', 'STA', 'NoProfileLoadTime'];
const withValue = ['ExecutionPolicy', 'InputFormat', 'OutputFormat', 'WindowStyle', 'Command'];
const aliases: Record<string, string> = {ep: 'ExecutionPolicy', ex: 'ExecutionPolicy', c: 'Command', o: 'OutputFormat', of: 'OutputFormat', if: 'InputFormat', w: 'WindowStyle'};

// pwsh's usage text, shortened to the switches the simulator knows.
const usage = `
Usage: pwsh[.exe] [-Login] [[-File] <filePath> [args]]
                  [-Command { - | <script-block> [-args <arg-array>]
                                | <string> [<CommandParameters>] } ]
                  [-ExecutionPolicy <ExecutionPolicy>] [-InputFormat {Text | XML}]
                  [-NoLogo] [-NonInteractive] [-NoProfile]
                  [-OutputFormat {Text | XML}] [-WindowStyle <style>]

       pwsh[.exe] -h | -Help | -? | /?

PowerShell Online Help https://aka.ms/powershell-docs

All parameters are case-insensitive.`;

function resolveSwitch(typed: string): string | undefined | 'ambiguous' {
	const lower = typed.toLowerCase();
	const alias = aliases[lower];
	if (alias) return alias;
	const all = [...switches, ...withValue];
	const exact = all.find(name => name.toLowerCase() === lower);
	if (exact) return exact;
	const candidates = all.filter(name => name.toLowerCase().startsWith(lower));
	if (candidates.length === 1) return candidates[0];
	return candidates.length > 1 ? 'ambiguous' : undefined;
}

/**
 * Parses `-NoLogo -NoProfile -NonInteractive [-ExecutionPolicy Bypass] -Command -` the way pwsh
 * does: case-insensitive, unique prefixes; an unknown switch prints pwsh's usage error and the
 * exit code is 64, like pwsh's.
 */
export function parseCommandLine(argv: readonly string[]): CommandLineResult {
	const result: CommandLine = {nonInteractive: false, command: '-'};
	for (let index = 0; index < argv.length; index++) {
		const argument = argv[index] as string;
		if (!/^[-/]/.test(argument) || argument === '-') {
			return {
				ok: false,
				message: `The argument '${argument}' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.\n${usage}\n`,
				exitCode: 64,
			};
		}

		const name = resolveSwitch(argument.replace(/^(--?|\/)/, ''));
		if (name === undefined || name === 'ambiguous') {
			return {
				ok: false,
				message: `The argument '${argument}' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.\n${usage}\n`,
				exitCode: 64,
			};
		}

		if (switches.includes(name)) {
			if (name === 'NonInteractive') result.nonInteractive = true;
			continue;
		}

		const value = argv[index + 1];
		if (value === undefined) {
			// not verified against a real server: pwsh's text for a switch without its value.
			return {ok: false, message: `Missing value for the ${name} parameter.\n${usage}\n`, exitCode: 64};
		}

		index++;
		switch (name) {
			case 'ExecutionPolicy': {
				const policy = executionPolicyNames.find(candidate => candidate.toLowerCase() === value.toLowerCase());
				if (!policy) {
					// not verified against a real server
					return {ok: false, message: `Invalid ExecutionPolicy value '${value}'.\n${usage}\n`, exitCode: 64};
				}

				result.executionPolicy = policy;
				break;
			}

			case 'Command':
				if (value === '-') {
					if (index !== argv.length - 1) {
						// not verified against a real server: pwsh requires `-Command -` to come last.
						return {ok: false, message: `'-Command -' must be the last argument; found '${argv[index + 1] as string}' after it.\n${usage}\n`, exitCode: 64};
					}

					result.command = '-';
				} else {
					// pwsh takes every remaining argument as the command text.
					result.command = argv.slice(index).join(' ');
					index = argv.length;
				}

				break;
			default:
				break;
		}
	}

	return {ok: true, value: result};
}
