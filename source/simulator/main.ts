/**
 * The PowerShell simulator: started exactly like `pwsh -NoLogo -NoProfile -NonInteractive
 * [-ExecutionPolicy Bypass] -Command -`, it reads statements from stdin and answers on
 * stdout/stderr as PowerShell would, against the simulated tenant named by
 * OFFLINE_IM_SIMULATOR_TENANT (see tenant.ts for the file's fields).
 */
import {appendFileSync} from 'node:fs';
import {createInterface} from 'node:readline';
import {parseCommandLine} from './command-line.js';
import {LineProcessor, type LineResult} from './line-processor.js';
import {SimulatorSession} from './session.js';
import {type Tenant, TenantFileError, loadTenant, saveTenant, tenantVariable} from './tenant.js';

/**
 * Output is gathered and written once per turn of the event loop: a request of a hundred grants
 * writes a hundred tick lines, and one write instead of a hundred keeps the simulator's own cost
 * out of the bridge's measurements (npm run bench).
 */
let pendingOut = '';
function writeOutSoon(text: string): void {
	if (pendingOut === '') setImmediate(flushOut);
	pendingOut += text;
}

function flushOut(): void {
	if (pendingOut === '') return;
	process.stdout.write(pendingOut);
	pendingOut = '';
}

function exitAfterFlush(code: number): void {
	flushOut();
	process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

async function main(): Promise<void> {
	const commandLine = parseCommandLine(process.argv.slice(2));
	if (!commandLine.ok) {
		process.stderr.write(commandLine.message);
		exitAfterFlush(commandLine.exitCode);
		return;
	}

	const tenantPath = process.env[tenantVariable];
	if (!tenantPath) {
		process.stderr.write(`offline-im simulator: set ${tenantVariable} to the simulated tenant's JSON file.\n`);
		exitAfterFlush(1);
		return;
	}

	let tenant: Tenant;
	try {
		tenant = loadTenant(tenantPath);
	} catch (error) {
		if (!(error instanceof TenantFileError)) throw error;
		process.stderr.write(`offline-im simulator: ${error.message}\n`);
		exitAfterFlush(1);
		return;
	}

	tenant.stats.processStarts++;
	saveTenant(tenantPath, tenant);

	// Windows PowerShell writes CRLF line ends; a bridge must accept them.
	const newline = tenant.powershell.platform === 'Win32NT' ? '\r\n' : '\n';
	const toConsole = (text: string): string => (newline === '\n' ? text : text.replace(/\r?\n/g, newline));
	const session = new SimulatorSession({
		tenant,
		tenantPath,
		writeOut: text => writeOutSoon(toConsole(text)),
		writeErr: text => process.stderr.write(toConsole(text)),
		environment: process.env,
		...(commandLine.value.executionPolicy ? {processExecutionPolicy: commandLine.value.executionPolicy} : {}),
		nonInteractive: commandLine.value.nonInteractive,
	});
	const processor = new LineProcessor(session);

	if (commandLine.value.command !== '-') {
		const result = await processor.handleLine(commandLine.value.command);
		const final = result.kind === 'continue' ? processor.finish() : result;
		session.directory.flushAll();
		exitAfterFlush(final.kind === 'exit' ? final.code : 0);
		return;
	}

	const record = tenant.recordStdinTo;
	const lines = createInterface({input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY, terminal: false});
	let result: LineResult = {kind: 'continue'};
	for await (const line of lines) {
		if (record) appendFileSync(record, line + '\n', 'utf8');
		result = await processor.handleLine(line);
		if (result.kind !== 'continue') break;
	}

	session.directory.flushAll();
	flushOut();
	if (result.kind === 'hang') {
		// A hung PowerShell: alive, silent, reading nothing more, until it is killed.
		lines.close();
		setInterval(() => {}, 1 << 30);
		return;
	}

	if (result.kind === 'continue') result = processor.finish();
	session.directory.flushAll();
	exitAfterFlush(result.kind === 'exit' ? result.code : 0);
}

await main();
