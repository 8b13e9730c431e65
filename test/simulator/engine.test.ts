import {describe, expect, it} from 'vitest';
import {createSession} from '../support/simulator.js';

describe('the PowerShell subset', () => {
	it('evaluates arithmetic, concatenation, comparisons and logic', () => {
		const {run} = createSession();
		expect(run("1 + 2 * 3; 'a' + 1; 10 / 4; -not $true; 'ABC' -eq 'abc'; 'ABC' -ceq 'abc'; 3 -gt 2 -and 1 -lt 0").stdout).toBe(
			'7\na1\n2.5\nFalse\nTrue\nFalse\nFalse\n',
		);
	});

	it('filters arrays with comparison operators and tests membership', () => {
		const {run} = createSession();
		expect(run("@(1, 2, 3, 2) -eq 2; 'b' -in @('a', 'b'); @('x', 'y') -contains 'Y'; 'Tag:Sales' -like 'tag:*'").stdout).toBe('2\n2\nTrue\nTrue\nTrue\n');
	});

	it('keeps variables for the whole process, including $global: ones', () => {
		const {run} = createSession();
		run('$x = 5; $global:y = 6');
		expect(run('$x + $y').stdout).toBe('11\n');
	});

	it('runs if / elseif / else, foreach, for, try / catch / finally', () => {
		const {run} = createSession();
		expect(run("if ($false) { 'a' } elseif (1 -eq 1) { 'b' } else { 'c' }").stdout).toBe('b\n');
		expect(run('foreach ($i in 1..3) { $i * 10 }').stdout).toBe('10\n20\n30\n');
		expect(run('for ($i = 0; $i -lt 3; $i++) { $i }').stdout).toBe('0\n1\n2\n');
		expect(run("try { throw 'boom' } catch { 'caught ' + $_.Exception.Message } finally { 'done' }").stdout).toBe('caught boom\ndone\n');
	});

	it('binds $_ in ForEach-Object and Where-Object, and builds calculated properties', () => {
		const {run} = createSession();
		expect(run('1..4 | Where-Object { $_ % 2 -eq 0 } | ForEach-Object { $_ * 100 }').stdout).toBe('200\n400\n');
		const {stdout} = run("@{Name='x'} | Select-Object @{Name='Upper'; Expression={$_.Name.ToUpper()}}, @{N='Len'; E={$_.Name.Length}} | ForEach-Object { $_.Upper + $_.Len }");
		expect(stdout).toBe('X1\n');
	});

	it('reads hashtables, member access, casts and static members', () => {
		const {run} = createSession();
		expect(run("$h = @{a = 1; b = 'two'}; $h.a; $h['b']; [string]$null; [bool]'x'; [int]'42' + 1").stdout).toBe('1\ntwo\n\nTrue\n43\n');
		expect(run('[Environment]::Is64BitProcess; [Environment]::OSVersion.Platform').stdout).toBe('True\nWin32NT\n');
	});

	it('converts Base64 like .NET', () => {
		const {run} = createSession();
		expect(run("[Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('WsO2w6s='))").stdout).toBe('Zöë\n');
	});

	it('continues after a statement-terminating error, stops after a thrown one', () => {
		const {run} = createSession();
		const result = run("Get-Nothing; 'after'");
		expect(result.stdout).toBe('after\n');
		expect(result.stderr).toContain("The term 'Get-Nothing' is not recognized");
		expect(run("throw 'stop'; 'after'").stdout).toBe('');
	});
});

describe('PowerShell error texts', () => {
	it("writes Windows PowerShell 5.1's text for an unknown command, with its position", () => {
		const {run} = createSession();
		const {stderr} = run('Grant -CsClientPolicy -Identity "Tony Smith" - PolicyName OfflineIM');
		expect(stderr).toBe(
			[
				"Grant : The term 'Grant' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
				'At line:1 char:1',
				'+ Grant -CsClientPolicy -Identity "Tony Smith" - PolicyName OfflineIM',
				'+ ~~~~~',
				'    + CategoryInfo          : ObjectNotFound: (Grant:String) [], CommandNotFoundException',
				'    + FullyQualifiedErrorId : CommandNotFoundException',
				' ',
				'',
			].join('\n'),
		);
	});

	it("writes PowerShell 7's text when the tenant runs PowerShell 7", () => {
		const {run} = createSession({powershell: {engineVersion: '7.4.6', edition: 'Core', hostVersion: '7.4.6'}});
		expect(run('Grant').stderr).toBe(
			"Grant: The term 'Grant' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.\n",
		);
	});

	it('rejects unknown and ambiguous parameters, and missing mandatory ones', () => {
		const {run} = createSession();
		expect(run('Select-Object -Frist 1').stderr).toContain("A parameter cannot be found that matches parameter name 'Frist'.");
		expect(run("Get-Module -ListAvailable -Name x -Error Stop").stderr).toContain(
			"Parameter cannot be processed because the parameter name 'Error' is ambiguous. Possible matches include: -ErrorAction -ErrorVariable.",
		);
		expect(run('Where-Object').stderr).toContain('Cannot process command because of one or more missing mandatory parameters: FilterScript.');
		expect(run("Write-Output 'a' 'b'").stderr).toContain("A positional parameter cannot be found that accepts argument 'b'.");
	});

	it('matches parameters case-insensitively by unique prefix', () => {
		const {run} = createSession();
		expect(run('1..5 | select -fi 2').stdout).toBe('1\n2\n');
	});

	it('fails Get-Credential in a non-interactive session', () => {
		const {run} = createSession();
		expect(run('$credential = Get-Credential').stderr).toContain('Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.');
	});
});

describe('the Skype for Business cmdlets in process', () => {
	it('exist only after Import-Module', () => {
		const {run} = createSession();
		expect(run('Get-CsUser').stderr).toContain("The term 'Get-CsUser' is not recognized");
		run('Import-Module SkypeForBusiness');
		expect(run("(Get-CsUser -Identity 'sip:tony@contoso.com').DisplayName").stdout).toBe('Tony Smith\n');
	});

	it('finds a user by SIP address with or without sip:, UPN, DOMAIN\\user, display name and DN', () => {
		const {run} = createSession();
		run('Import-Module SkypeForBusiness');
		for (const identity of ['sip:zmuller@contoso.com', 'zmuller@contoso.com', 'CONTOSO\\zmuller', 'Zoë Müller', 'zoë müller', 'CN=Zoë Müller,CN=Users,DC=contoso,DC=com']) {
			expect(run(`(Get-CsUser -Identity '${identity}').SipAddress`).stdout).toBe('sip:zmuller@contoso.com\n');
		}
	});

	it("filters users holding a per-user policy with an OPATH filter, and finds O'Brien", () => {
		const {run} = createSession();
		run('Import-Module SkypeForBusiness');
		expect(run('Get-CsUser -Filter {ClientPolicy -ne $null} | ForEach-Object { $_.DisplayName }').stdout).toBe("Ken Myer\nKevin O'Brien\nZoë Müller\n");
		expect(run("Get-CsUser -Identity 'Kevin O''Brien' | ForEach-Object { [string]$_.ClientPolicy }").stdout).toBe('NoSavedIM\n');
	});
});
