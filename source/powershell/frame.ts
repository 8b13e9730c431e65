/**
 * The wire format between the bridge and a PowerShell process started with `-Command -`.
 *
 * PowerShell reads `-Command -` stdin statement by statement, like a prompt
 * (MicrosoftDocs/PowerShell-Docs#11098), and `$ErrorActionPreference = 'Stop'` does not stop the
 * statements that follow. So every request is ONE line (plus a blank line, which ends any
 * statement PowerShell might still be waiting to complete), each command runs in its own
 * try/catch, and the answer is ONE line on stdout:
 *
 *     ##offline-im <nonce> <Base64 of the UTF-8 JSON array of results>
 *
 * Commands travel as Base64 of their UTF-8 bytes and are decoded inside PowerShell: no quoting
 * of the command text is needed on the wire, multi-line commands stay one statement, and Windows
 * PowerShell's code-page handling of piped stdin cannot mangle non-ASCII names. The reply is
 * Base64 for the same reason on the way back. Anything else on stdout (Write-Host, banners) and
 * everything on stderr is kept as a log, never parsed.
 *
 * Commands are dot-sourced at global scope so that variables such as `$session` survive from one
 * request to the next, as in an interactive window.
 *
 * After each command PowerShell also writes `##offline-im <nonce> tick`: a request of a hundred
 * grants may rightly take minutes, so the bridge's timeout is the time ONE command may take, and
 * each tick restarts it.
 */

export const replyMarker = '##offline-im';

/** Environment variable carrying the one-time pad that protects typed passwords (see `credentialCommand`). */
export const credentialPadVariable = 'OFFLINE_IM_CREDENTIAL_PAD';

export function toBase64(text: string): string {
	return Buffer.from(text, 'utf8').toString('base64');
}

export function fromBase64(base64: string): string {
	return Buffer.from(base64, 'base64').toString('utf8');
}

/**
 * The first statement of a session. It works on every PowerShell version (no ConvertTo-Json,
 * which PowerShell 2.0 lacks) and in every language mode: its answer is a plain string written
 * by the host, not a .NET call, which Constrained Language Mode (AppLocker or WDAC on hardened
 * servers) forbids. So an engine that is too old or locked down still says so, with its version
 * and language mode, instead of leaving the bridge waiting. It also sets up the session once:
 * UTF-8 output, progress records silenced (Windows PowerShell 5.1 writes them to stderr as
 * CLIXML), and the credential pad moved out of the environment so that child processes do not
 * inherit it.
 */
export function handshakeStatement(nonce: string): string {
	return [
		// Guarded: without a console (a process started with DETACHED_PROCESS on Windows) the setter
		// throws "The handle is invalid", and Constrained Language Mode refuses both New-Object of
		// this type and the property set. Neither may cost the handshake its answer, nor put an
		// error on stderr. try/catch is PowerShell 2.0 syntax and allowed in every language mode.
		'try { [Console]::OutputEncoding = New-Object System.Text.UTF8Encoding $false } catch { }',
		"$ProgressPreference = 'SilentlyContinue'",
		`$global:__oimPad = $env:${credentialPadVariable}`,
		`Remove-Item Env:${credentialPadVariable} -ErrorAction SilentlyContinue`,
		`'${replyMarker} ${nonce} hello ' + $PSVersionTable.PSVersion + ' ' + $ExecutionContext.SessionState.LanguageMode`,
	].join('; ');
}

export type RequestOptions = {
	nonce: string;
	/** PowerShell text, one command (or small script) each; each gets its own result. */
	commands: readonly string[];
	/** Skip the remaining commands after the first one that fails. */
	stopOnError: boolean;
};

/** One request line. Results come back in order; with `stopOnError` there may be fewer. */
export function requestStatement({nonce, commands, stopOnError}: RequestOptions): string {
	const encoded = commands.map(command => `'${toBase64(command)}'`).join(',');
	return [
		// A list, not `$r += ...`, which copies the array each time (quadratic for large requests).
		'$__oimR = New-Object System.Collections.Generic.List[object]',
		`foreach ($__oimC in @(${encoded})) { ` +
			"try { $ErrorActionPreference = 'Stop'; " +
			'$__oimO = @(. ([ScriptBlock]::Create([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($__oimC))))); ' +
			'$__oimR.Add(@{ ok = $true; output = $__oimO }) ' +
			'} catch { ' +
			'$__oimR.Add(@{ ok = $false; error = $_.Exception.Message; errorId = $_.FullyQualifiedErrorId })' +
			(stopOnError ? '; break' : '') +
			" } finally { $ErrorActionPreference = 'Continue'; " +
			`[Console]::Out.WriteLine('${replyMarker} ${nonce} tick'); [Console]::Out.Flush() } }`,
		// ToArray(), not @($__oimR): PowerShell 7.6 fails `@()` of this list with "Argument types do
		// not match" (found when real PowerShell first ran the bridge, issue 9); ToArray() gives
		// an object[] on every version, and -InputObject keeps even one result a JSON array.
		`[Console]::Out.WriteLine('${replyMarker} ${nonce} ' + [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes((ConvertTo-Json -InputObject $__oimR.ToArray() -Depth 6 -Compress))))`,
		'[Console]::Out.Flush()',
	].join('; ');
}

/**
 * A command that sets `$<variable>` to a PSCredential without the password ever appearing in
 * script text (which script block logging records), on a command line or in a file: the
 * password's UTF-8 bytes are XORed with an unused slice of a random one-time pad that reached
 * the process only through its environment (`credentialPadVariable`). The ciphertext alone says
 * nothing about the password. Run it through `requestStatement` like any other command.
 */
export function credentialCommand({
	variable,
	userNameLiteral,
	cipherBase64,
	padOffset,
}: {
	variable: string;
	/** The user name, already a PowerShell literal (see plan/quote.ts). */
	userNameLiteral: string;
	cipherBase64: string;
	padOffset: number;
}): string {
	return (
		`$${variable} = New-Object System.Management.Automation.PSCredential(${userNameLiteral}, ` +
		`(& { $c = [Convert]::FromBase64String('${cipherBase64}'); $k = [Convert]::FromBase64String($global:__oimPad); ` +
		`for ($i = 0; $i -lt $c.Length; $i++) { $c[$i] = $c[$i] -bxor $k[${padOffset} + $i] }; ` +
		'$s = New-Object System.Security.SecureString; ' +
		'foreach ($ch in [Text.Encoding]::UTF8.GetString($c).ToCharArray()) { $s.AppendChar($ch) }; ' +
		'[Array]::Clear($c, 0, $c.Length); $s.MakeReadOnly(); $s }))'
	);
}

export type CommandResult =
	| {ok: true; output: unknown[]}
	| {ok: false; error: string; errorId?: string};

export type Reply =
	/** `languageMode`: FullLanguage, ConstrainedLanguage... (empty when the engine did not say). */
	| {nonce: string; kind: 'hello'; engineVersion: string; languageMode: string}
	/** One command of the request finished. */
	| {nonce: string; kind: 'tick'}
	| {nonce: string; kind: 'results'; results: CommandResult[]}
	/** A reply frame whose content cannot be read. */
	| {nonce: string; kind: 'malformed'; detail: string};

/**
 * Reads one stdout line; `undefined` for anything that is not a reply frame. The marker may
 * follow other text on the same line (a `Write-Host -NoNewline` from a module, say).
 */
export function parseReplyLine(line: string): Reply | undefined {
	const at = line.indexOf(`${replyMarker} `);
	if (at === -1) return undefined;
	const [, nonce, first, second, third] = line.slice(at).trimEnd().split(' ');
	if (!nonce || first === undefined) return undefined;
	if (first === 'hello') return {nonce, kind: 'hello', engineVersion: second ?? '', languageMode: third ?? ''};
	if (first === 'tick') return {nonce, kind: 'tick'};
	let parsed: unknown;
	try {
		parsed = JSON.parse(fromBase64(first));
	} catch (error) {
		return {nonce, kind: 'malformed', detail: error instanceof Error ? error.message : String(error)};
	}

	// ConvertTo-Json of a one-element array may still give the bare element on some hosts.
	const list = Array.isArray(parsed) ? parsed : [parsed];
	return {nonce, kind: 'results', results: list.map(toCommandResult)};
}

function toCommandResult(value: unknown): CommandResult {
	if (typeof value !== 'object' || value === null) {
		return {ok: false, error: 'PowerShell returned a result the bridge cannot read.'};
	}

	const record = value as Record<string, unknown>;
	if (record['ok'] === true) {
		const output = record['output'];
		return {ok: true, output: Array.isArray(output) ? output : output === undefined || output === null ? [] : [output]};
	}

	const errorId = typeof record['errorId'] === 'string' ? record['errorId'] : undefined;
	return {
		ok: false,
		error: typeof record['error'] === 'string' ? record['error'] : 'PowerShell reported an error without a message.',
		...(errorId ? {errorId} : {}),
	};
}
