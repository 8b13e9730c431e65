<#
  The referee of the real-PowerShell tests: PowerShell's own parser, in one long-lived process.
  Started as `pwsh -NoLogo -NoProfile -NonInteractive -File powershell-ast.ps1` by
  test/support/powershell-ast.ts.

  Protocol: one JSON object per stdin line, {"mode": "quote" | "compat" | "compat-file", "texts": [...]}, each
  text Base64 of its UTF-16LE code units (so that no quoting, line break or code page touches it
  on the way in); one JSON array per stdout line, one description per text, in order. The first
  line written is `ready`. An empty line or end of input ends the process.

  Code units exactly, lone surrogates included: UTF-8 cannot carry a lone surrogate (Node writes
  U+FFFD instead), nor can .NET's Encoding.Unicode (it replaces one too), so the bytes are copied
  into a char[] as they are, and in mode "quote" the answer writes every non-ASCII code unit as a
  JSON \uXXXX escape. (Validation refuses lone surrogates in every channel; this keeps the
  referee from judging a different text if one ever got through.)

  Mode "quote" (real-parser-quoting.test.ts), per text:
    e: parse errors [{id, m, l, c}]
    f: a fingerprint (SHA-256) of the AST's shape: every node's type in pre-order, string constants with
       their StringConstantType, no values (so two texts that differ only inside their literals
       have the same fingerprint)
    c: every CommandAst, in pre-order: {n: name, el: [{p: parameter} | {a: AST type, q:
       StringConstantType, v: value}]} (q and v for string constants only)
    s: every other StringConstantExpressionAst (not itself a command element) in pre-order:
       {q, v, c: index in `c` of the nearest enclosing command (-1 for none), x: index of the
       element of that command that holds it}
  Mode "compat" (powershell3-compatibility.test.ts), per text ("compat-file": per path of a .ps1,
  parsed with ParseFile as PowerShell reads a saved script): the facts the version rules look
  at, each with the first piece of text that shows it:
    e: parse errors; n: AST node types; c: commands with the parameters they name (f: inside
    a script block given to -Filter, i.e. filter text rather than a command);
    m: member invocations {m, s: static, t}; k: token kinds; v: variables; b: binary and
    assignment operators; x: other features (null-conditional access, background `&`, clean
    block, redirected streams, #requires options, `u{...} escapes, numeric literal types).
#>
$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = New-Object System.Text.UTF8Encoding $false

function Get-Snippet([System.Management.Automation.Language.Ast] $Ast) {
	$text = $Ast.Extent.Text
	if ($text.Length -gt 80) { $text = $text.Substring(0, 80) + '...' }
	'line ' + $Ast.Extent.StartLineNumber + ': ' + $text
}

function Get-Errors($errors) {
	, @($errors | ForEach-Object { [ordered]@{ id = $_.ErrorId; m = $_.Message; l = $_.Extent.StartLineNumber; c = $_.Extent.StartColumnNumber } })
}

# The "quote" describer is C#: 10,000 hostile strings make tens of thousands of texts, which a
# PowerShell-script walk of the AST would take minutes to describe. C# 5 (Windows PowerShell's
# Add-Type compiler): no string interpolation, no `?.`.
Add-Type -TypeDefinition @'
using System;
using System.Collections.Generic;
using System.Management.Automation.Language;
using System.Security.Cryptography;
using System.Text;

public static class OfflineImAst
{
	/// Base64 of UTF-16LE code units, copied as they are: a lone surrogate survives (Encoding.Unicode would replace it).
	public static string Decode(string base64)
	{
		byte[] bytes = Convert.FromBase64String(base64);
		char[] chars = new char[bytes.Length / 2];
		Buffer.BlockCopy(bytes, 0, chars, 0, chars.Length * 2);
		return new string(chars);
	}

	/// A JSON string of pure ASCII: every other code unit as \uXXXX, so nothing is lost on the way out.
	public static void Json(StringBuilder sb, string value)
	{
		sb.Append('"');
		foreach (char ch in value)
		{
			if (ch == '"') sb.Append("\\\"");
			else if (ch == '\\') sb.Append("\\\\");
			else if (ch < 0x20 || ch > 0x7e) sb.Append("\\u").Append(((int)ch).ToString("x4"));
			else sb.Append(ch);
		}
		sb.Append('"');
	}

	public static void Errors(StringBuilder sb, ParseError[] errors)
	{
		sb.Append("\"e\":[");
		for (int i = 0; i < errors.Length; i++)
		{
			if (i > 0) sb.Append(',');
			sb.Append("{\"id\":"); Json(sb, errors[i].ErrorId);
			sb.Append(",\"m\":"); Json(sb, errors[i].Message);
			sb.Append(",\"l\":").Append(errors[i].Extent.StartLineNumber);
			sb.Append(",\"c\":").Append(errors[i].Extent.StartColumnNumber).Append('}');
		}
		sb.Append(']');
	}

	public static void Quote(StringBuilder sb, string text)
	{
		Token[] tokens;
		ParseError[] errors;
		ScriptBlockAst root = Parser.ParseInput(text, out tokens, out errors);
		StringBuilder shape = new StringBuilder();
		StringBuilder commands = new StringBuilder();
		StringBuilder strings = new StringBuilder();
		Dictionary<Ast, int> commandIndex = new Dictionary<Ast, int>();
		foreach (Ast node in root.FindAll(delegate(Ast a) { return true; }, true))
		{
			shape.Append(node.GetType().Name);
			StringConstantExpressionAst constant = node as StringConstantExpressionAst;
			if (constant != null) shape.Append(':').Append(constant.StringConstantType);
			shape.Append(' ');
			CommandAst command = node as CommandAst;
			if (command != null)
			{
				if (commandIndex.Count > 0) commands.Append(',');
				commandIndex[command] = commandIndex.Count;
				string name = command.GetCommandName();
				if (name == null) name = command.InvocationOperator + " " + command.CommandElements[0].GetType().Name;
				commands.Append("{\"n\":"); Json(commands, name);
				commands.Append(",\"el\":[");
				for (int i = 0; i < command.CommandElements.Count; i++)
				{
					if (i > 0) commands.Append(',');
					CommandElementAst element = command.CommandElements[i];
					CommandParameterAst parameter = element as CommandParameterAst;
					StringConstantExpressionAst value = element as StringConstantExpressionAst;
					if (parameter != null) { commands.Append("{\"p\":"); Json(commands, parameter.ParameterName); commands.Append('}'); }
					else if (value != null)
					{
						commands.Append("{\"a\":\"StringConstantExpressionAst\",\"q\":\"").Append(value.StringConstantType).Append("\",\"v\":");
						Json(commands, value.Value);
						commands.Append('}');
					}
					else commands.Append("{\"a\":\"").Append(element.GetType().Name).Append("\"}");
				}
				commands.Append("]}");
			}
			else if (constant != null && !(constant.Parent is CommandAst))
			{
				Ast child = constant;
				Ast parent = constant.Parent;
				while (parent != null && !(parent is CommandAst)) { child = parent; parent = parent.Parent; }
				int c = -1, x = -1;
				if (parent != null)
				{
					c = commandIndex[parent];
					x = ((CommandAst)parent).CommandElements.IndexOf((CommandElementAst)child);
				}
				if (strings.Length > 0) strings.Append(',');
				strings.Append("{\"q\":\"").Append(constant.StringConstantType).Append("\",\"v\":");
				Json(strings, constant.Value);
				strings.Append(",\"c\":").Append(c).Append(",\"x\":").Append(x).Append('}');
			}
		}
		sb.Append('{');
		Errors(sb, errors);
		using (SHA256 sha = SHA256.Create())
		{
			byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(shape.ToString()));
			sb.Append(",\"f\":\"").Append(BitConverter.ToString(hash).Replace("-", "")).Append('"');
		}
		sb.Append(",\"c\":[").Append(commands).Append("],\"s\":[").Append(strings).Append("]}");
	}

	public static string QuoteBatch(string[] encoded)
	{
		StringBuilder sb = new StringBuilder("[");
		for (int i = 0; i < encoded.Length; i++)
		{
			if (i > 0) sb.Append(',');
			Quote(sb, Decode(encoded[i]));
		}
		return sb.Append(']').ToString();
	}
}
'@

function Add-Fact($table, [string] $key, [string] $where) {
	if (-not $table.Contains($key)) { $table[$key] = $where }
}

function Get-CompatDescription([string] $text, [bool] $isFile) {
	$tokens = $null
	$errors = $null
	if ($isFile) {
		# A saved .ps1 as PowerShell reads it from disk (the reader consumes the byte order mark).
		$ast = [System.Management.Automation.Language.Parser]::ParseFile($text, [ref]$tokens, [ref]$errors)
	} else {
		$ast = [System.Management.Automation.Language.Parser]::ParseInput($text, [ref]$tokens, [ref]$errors)
	}
	$nodes = [ordered]@{}
	$members = New-Object System.Collections.Generic.List[object]
	$commands = New-Object System.Collections.Generic.List[object]
	$variables = [ordered]@{}
	$operators = [ordered]@{}
	$features = [ordered]@{}
	foreach ($node in $ast.FindAll({ $true }, $true)) {
		$where = Get-Snippet $node
		Add-Fact $nodes $node.GetType().Name $where
		switch ($node) {
			{ $_ -is [System.Management.Automation.Language.CommandAst] } {
				$parameters = @($node.CommandElements | Where-Object { $_ -is [System.Management.Automation.Language.CommandParameterAst] } | ForEach-Object { $_.ParameterName })
				# Inside a script block given to -Filter (Get-CsUser -Filter {ClientPolicy -ne $null}):
				# filter text the cmdlet reads, not a command PowerShell runs.
				$inFilter = $false
				for ($up = $node.Parent; $null -ne $up; $up = $up.Parent) {
					if ($up -is [System.Management.Automation.Language.ScriptBlockExpressionAst] -and $up.Parent -is [System.Management.Automation.Language.CommandAst]) {
						$elements = $up.Parent.CommandElements
						$at = $elements.IndexOf($up)
						if ($at -gt 0 -and $elements[$at - 1] -is [System.Management.Automation.Language.CommandParameterAst] -and $elements[$at - 1].ParameterName -eq 'Filter') { $inFilter = $true; break }
					}
				}
				$commands.Add([ordered]@{ n = $node.GetCommandName(); p = $parameters; t = $where; f = $inFilter })
			}
			{ $_ -is [System.Management.Automation.Language.InvokeMemberExpressionAst] } {
				$member = if ($node.Member -is [System.Management.Automation.Language.StringConstantExpressionAst]) { $node.Member.Value } else { '(dynamic)' }
				$members.Add([ordered]@{ m = $member; s = $node.Static; t = $where })
			}
			{ $_ -is [System.Management.Automation.Language.VariableExpressionAst] } { Add-Fact $variables $node.VariablePath.UserPath $where }
			{ $_ -is [System.Management.Automation.Language.BinaryExpressionAst] } { Add-Fact $operators ([string]$node.Operator) $where }
			{ $_ -is [System.Management.Automation.Language.AssignmentStatementAst] } { Add-Fact $operators ([string]$node.Operator) $where }
			{ $_ -is [System.Management.Automation.Language.MemberExpressionAst] -and $node.NullConditional } { Add-Fact $features 'null-conditional-member' $where }
			{ $_ -is [System.Management.Automation.Language.IndexExpressionAst] -and $node.NullConditional } { Add-Fact $features 'null-conditional-index' $where }
			{ $_ -is [System.Management.Automation.Language.PipelineAst] -and $node.Background } { Add-Fact $features 'background-operator' $where }
			{ $_ -is [System.Management.Automation.Language.ScriptBlockAst] -and $null -ne $node.CleanBlock } { Add-Fact $features 'clean-block' $where }
			{ $_ -is [System.Management.Automation.Language.RedirectionAst] } { Add-Fact $features ('redirect-' + [string]$node.FromStream) $where }
			{ $_ -is [System.Management.Automation.Language.ScriptBlockAst] -and $null -ne $node.ScriptRequirements } {
				$requirements = $node.ScriptRequirements
				if ($null -ne $requirements.RequiredPSEditions -and $requirements.RequiredPSEditions.Count -gt 0) { Add-Fact $features 'requires-psedition' $where }
				if ($requirements.IsElevationRequired) { Add-Fact $features 'requires-runasadministrator' $where }
				if ($null -ne $requirements.RequiredPSVersion) { Add-Fact $features ('requires-version-' + $requirements.RequiredPSVersion) $where }
			}
		}
	}
	$kinds = [ordered]@{}
	foreach ($token in $tokens) {
		Add-Fact $kinds ([string]$token.Kind) ('line ' + $token.Extent.StartLineNumber + ': ' + $token.Text)
		if ($token.Kind -eq 'StringExpandable' -or $token.Kind -eq 'HereStringExpandable') {
			if ($token.Text -match '`u\{') { Add-Fact $features 'unicode-escape' ('line ' + $token.Extent.StartLineNumber + ': ' + $token.Text) }
		}
		if ($token.Kind -eq 'Number') {
			Add-Fact $features ('number-' + $token.Value.GetType().Name) ('line ' + $token.Extent.StartLineNumber + ': ' + $token.Text)
			if ($token.Text -match '^(?i)0b[01]') { Add-Fact $features 'binary-literal' ('line ' + $token.Extent.StartLineNumber + ': ' + $token.Text) }
		}
	}
	[ordered]@{ e = (Get-Errors $errors); n = $nodes; c = $commands; m = $members; k = $kinds; v = $variables; b = $operators; x = $features }
}

[Console]::Out.WriteLine('ready')
[Console]::Out.Flush()
while ($true) {
	$line = [Console]::In.ReadLine()
	if ($null -eq $line -or $line -eq '') { break }
	$request = ConvertFrom-Json -InputObject $line
	$results = New-Object System.Collections.Generic.List[object]
	if ($request.mode -eq 'quote') {
		[Console]::Out.WriteLine([OfflineImAst]::QuoteBatch([string[]]@($request.texts)))
	} else {
		$isFile = $request.mode -eq 'compat-file'
		foreach ($encoded in $request.texts) { $results.Add((Get-CompatDescription ([OfflineImAst]::Decode($encoded)) $isFile)) }
		# Not @($results): PowerShell 7.6 throws "Argument types do not match" on @() of this list here.
		[Console]::Out.WriteLine((ConvertTo-Json -InputObject $results.ToArray() -Depth 8 -Compress))
	}
	[Console]::Out.Flush()
}
