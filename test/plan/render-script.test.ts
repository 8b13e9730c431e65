import {describe, expect, it} from 'vitest';
import {buildPlan} from '../../source/plan/build-plan.js';
import type {Choices} from '../../source/plan/choices.js';
import {planJsonFormat, planToJson} from '../../source/plan/plan-json.js';
import {renderRollbackScript, renderScript, scriptFileText} from '../../source/plan/render-script.js';
import {version} from '../../source/version.js';
import {common as commonEn} from '../../source/i18n/en/common.js';
import {common as commonIt} from '../../source/i18n/it/common.js';
import {plan as planEn} from '../../source/i18n/en/plan.js';
import {plan as planIt} from '../../source/i18n/it/plan.js';
import {grantCommand} from '../../source/plan/commands.js';
import {parseSimpleCommand, tokenizeCommandLine} from '../support/powershell-literal-oracle.js';

const now = new Date('2025-03-01T10:00:00Z');
/** The article's client-policy flow (the server switch left alone): see build-plan.test.ts for the switch. */
const globalOff: Choices = {target: {kind: 'server', signIn: {kind: 'integrated'}}, state: 'off', scope: {kind: 'global'}, serverSwitch: 'leave'};
const usersOff = (users: string[]): Choices => ({
	target: {kind: 'server', pool: 'pool01.contoso.com', signIn: {kind: 'integrated'}},
	state: 'off',
	scope: {kind: 'users', policy: 'OfflineIM', policyMode: 'auto', users},
});

const selectPolicy = " | Select-Object @{Name='Identity'; Expression={[string]$_.Identity}}, EnableIMAutoArchiving";
const lines = (text: string) => text.split('\n');
/** Lines PowerShell runs: neither blank nor comments. */
const code = (text: string) => lines(text).filter(line => line.trim() !== '' && !line.startsWith('#'));

describe('renderScript', () => {
	it('has a header saying what, for whom, where, when, the version and the warnings', () => {
		const script = renderScript(buildPlan(globalOff, {}, now), 'en');
		const header = lines(script).slice(0, 12).join('\n');
		expect(header).toContain(`# offline-im ${version}: PowerShell script`);
		expect(header).toContain('# What: turn offline instant messages off (EnableIMAutoArchiving $false)');
		expect(header).toContain('# For: the whole organization (the Global client policy)');
		expect(header).toContain('# Target: Skype for Business Server, the SkypeForBusiness module on this computer');
		expect(header).toContain('# Planned: 2025-03-01T10:00:00.000Z');
		expect(script).toContain('#   - The Global policy does not reach users who hold a per-user client policy');
		expect(script).toContain('Outlook’s Conversation History');
		expect(script.endsWith('\n')).toBe(true);
	});

	it('runs connect, read, change and read-back in order, with the change line exact', () => {
		const script = renderScript(buildPlan(globalOff, {}, now), 'en');
		expect(code(script)).toEqual([
			"$ErrorActionPreference = 'Stop'",
			'Import-Module SkypeForBusiness',
			`Get-CsClientPolicy -Identity Global${selectPolicy} | Format-List`,
			"Get-CsUser -Filter {ClientPolicy -ne $null} | Select-Object SipAddress, DisplayName, @{Name='ClientPolicy'; Expression={[string]$_.ClientPolicy}}, @{Name='RegistrarPool'; Expression={[string]$_.RegistrarPool}} | Format-List",
			`Get-CsClientPolicy -Filter 'site:*'${selectPolicy} | Format-List`,
			"Get-CsImConfiguration | Select-Object @{Name='Identity'; Expression={[string]$_.Identity}}, EnableOfflineIm | Format-List",
			'Set-CsClientPolicy -Identity Global -EnableIMAutoArchiving $false',
			`Get-CsClientPolicy -Identity Global${selectPolicy} | Format-List`,
		]);
		const sections = lines(script).filter(line => line.startsWith('# ---- '));
		expect(sections).toEqual([
			'# ---- 1. Connect ----',
			'# ---- 2. Read the current values (keep this output: the rollback restores them) ----',
			'# ---- 3. Change ----',
			'# ---- 4. Read back: check that the change is in place ----',
		]);
		// Every command has a comment saying its purpose just above it.
		const all = lines(script);
		const change = all.indexOf('Set-CsClientPolicy -Identity Global -EnableIMAutoArchiving $false');
		expect(all[change - 1]).toBe('# Turn offline messages off in the Global policy.');
	});

	it('writes one comment per run of grants, with a count and no names', () => {
		const script = renderScript(buildPlan(usersOff(['Tony Smith', "O'Brien", 'x\u2019; Remove-CsUser y']), {}, now), 'en');
		expect(script).toContain('# Give 3 users the per-user policy OfflineIM (it replaces any per-user client policy they hold).');
		const grants = code(script).filter(line => line.startsWith('Grant-'));
		expect(grants).toEqual([
			"Grant-CsClientPolicy -Identity 'Tony Smith' -PolicyName 'OfflineIM'",
			"Grant-CsClientPolicy -Identity 'O''Brien' -PolicyName 'OfflineIM'",
			"Grant-CsClientPolicy -Identity 'x\u2019\u2019; Remove-CsUser y' -PolicyName 'OfflineIM'",
		]);
		expect(grants.map(line => parseSimpleCommand(line)?.arguments[0]?.[1])).toEqual(['Tony Smith', "O'Brien", 'x\u2019; Remove-CsUser y']);
		expect(lines(script).filter(line => line.startsWith('#')).join('\n')).not.toContain('Tony Smith');
	});

	it('keeps names from the tenant on one comment line', () => {
		const plan = buildPlan(globalOff, {perUserPolicyHolders: [{identity: 'evil\nRemove-CsUser y', clientPolicy: 'P'}]}, now);
		const script = renderScript(plan, 'en');
		expect(lines(script).some(line => line.startsWith('Remove-CsUser'))).toBe(false);
		expect(script).toContain('evil Remove-CsUser y (P)');
	});

	it('labels a rehearsal', () => {
		expect(renderScript(buildPlan(globalOff, {}, now), 'en', {simulate: true})).toContain(
			'# REHEARSAL: planned with --simulate, for the simulated tenant; nothing real changes.',
		);
		expect(renderScript(buildPlan(globalOff, {}, now), 'en')).not.toContain('REHEARSAL');
	});

	it('speaks Italian, with the same commands', () => {
		const english = renderScript(buildPlan(usersOff(['Tony Smith']), {}, now), 'en');
		const italian = renderScript(buildPlan(usersOff(['Tony Smith']), {}, now), 'it');
		expect(code(italian)).toEqual(code(english));
		expect(italian).toContain('# Cosa: disattivare i messaggi istantanei offline (EnableIMAutoArchiving $false)');
		expect(italian).toContain('# Per: 1 utente, tramite il criterio client per utente OfflineIM');
		expect(italian).toContain('# Destinazione: Skype for Business Server, sessione remota verso il pool pool01.contoso.com');
		expect(italian).toContain('# ---- 3. Modifica ----');
		expect(italian).toContain('# Disattiva i messaggi offline nel criterio per utente OfflineIM.');
		expect(italian).toContain('Cronologia conversazioni di Outlook');
		expect(italian).not.toContain('Read the');
	});
});

describe('renderRollbackScript', () => {
	it('connects, undoes in reverse order with placeholders marked, then reads back', () => {
		const plan = buildPlan(usersOff(['a', 'b']), {}, now);
		const rollback = renderRollbackScript(plan, 'en');
		expect(rollback).toContain(`# offline-im ${version}: ROLLBACK script`);
		expect(rollback).toContain('# Undoes: turn offline instant messages off');
		expect(rollback).toContain('BEFORE YOU RUN IT');
		expect(rollback).toContain('this rollback removes the per-user policy from each user');
		expect(code(rollback)).toEqual([
			"$ErrorActionPreference = 'Stop'",
			"$session = New-PSSession -ConnectionUri 'https://pool01.contoso.com/OcsPowershell'",
			'Import-PSSession $session -AllowClobber | Out-Null',
			"Grant-CsClientPolicy -Identity 'b' -PolicyName $null",
			"Grant-CsClientPolicy -Identity 'a' -PolicyName $null",
			'$previousValue = $null',
			"Set-CsClientPolicy -Identity 'OfflineIM' -EnableIMAutoArchiving $previousValue",
			'$policyCreatedByPlan = $false',
			"if ($policyCreatedByPlan) { Remove-CsClientPolicy -Identity 'OfflineIM' }",
			`Get-CsClientPolicy -Filter 'tag:OfflineIM'${selectPolicy} | Format-List`,
			`Get-CsClientPolicy -Filter 'tag:*'${selectPolicy} | Format-List`,
			"Get-CsUser -Identity 'a' | Select-Object SipAddress, DisplayName, @{Name='ClientPolicy'; Expression={[string]$_.ClientPolicy}}, @{Name='RegistrarPool'; Expression={[string]$_.RegistrarPool}} | Format-List",
			"Get-CsUser -Identity 'b' | Select-Object SipAddress, DisplayName, @{Name='ClientPolicy'; Expression={[string]$_.ClientPolicy}}, @{Name='RegistrarPool'; Expression={[string]$_.RegistrarPool}} | Format-List",
			"Get-CsImConfiguration | Select-Object @{Name='Identity'; Expression={[string]$_.Identity}}, EnableOfflineIm | Format-List",
			"Get-CsPool | Select-Object Fqdn, @{Name='Site'; Expression={[string]$_.Site}} | Format-List",
		]);
		const all = lines(rollback);
		expect(all[all.indexOf('$previousValue = $null') - 1]).toMatch(/^# FILL IN: EnableIMAutoArchiving of the per-user policy OfflineIM/);
		expect(all[all.indexOf('$policyCreatedByPlan = $false') - 1]).toMatch(/^# FILL IN: \$true only if/);
	});

	it('restores known values without placeholders', () => {
		const plan = buildPlan(globalOff, {global: {identity: 'Global', enableIMAutoArchiving: true}}, now);
		const rollback = renderRollbackScript(plan, 'it');
		expect(rollback).not.toContain('DA COMPILARE');
		expect(rollback).toContain('# Riporta il criterio Global al valore di prima: attivato.');
		expect(rollback).toContain('Set-CsClientPolicy -Identity Global -EnableIMAutoArchiving $true');
		expect(rollback).toContain('# offline-im');
		expect(rollback).toContain('script di RIPRISTINO');
	});

	it('undoes only the steps that ran when told which', () => {
		const plan = buildPlan(usersOff(['a', 'b', 'c']), {policy: 'missing'}, now);
		const ran = plan.steps.filter(step => step.id === 'new-policy-1' || step.id === 'set-policy-1' || step.id === 'grant-1');
		expect(code(renderRollbackScript(plan, 'en', {ran})).filter(line => !line.startsWith('Get-'))).toEqual([
			"$ErrorActionPreference = 'Stop'",
			"$session = New-PSSession -ConnectionUri 'https://pool01.contoso.com/OcsPowershell'",
			'Import-PSSession $session -AllowClobber | Out-Null',
			"Grant-CsClientPolicy -Identity 'a' -PolicyName $null",
			"Remove-CsClientPolicy -Identity 'OfflineIM'",
		]);
	});
});

describe('scriptFileText', () => {
	it('starts the file with a UTF-8 byte order mark, once', () => {
		expect(scriptFileText('x')).toBe('\uFEFFx');
		expect(scriptFileText('\uFEFFx')).toBe('\uFEFFx');
	});

	it('is needed: read as Windows-1252 (PowerShell 5.1 without a BOM), the UTF-8 of ё holds a ‘ quote', () => {
		const line = grantCommand('\u0451; Remove-CsUser y; \u0451', 'P');
		expect(parseSimpleCommand(line)?.arguments).toEqual([
			['Identity', '\u0451; Remove-CsUser y; \u0451'],
			['PolicyName', 'P'],
		]);
		// Windows-1252 byte 0x91 is U+2018 (‘); latin1 gives every other byte here the same code point.
		const misread = Buffer.from(line, 'utf8').toString('latin1').replaceAll('\u0091', '\u2018');
		expect(tokenizeCommandLine(misread)).toContainEqual({kind: 'bareword', text: 'Remove-CsUser'});
	});
});

describe('planToJson', () => {
	it('has a stable, documented shape', () => {
		const plan = buildPlan(usersOff(['Tony Smith']), {}, now);
		const json = JSON.parse(JSON.stringify(planToJson(plan, 'en'))) as ReturnType<typeof planToJson>;
		expect(Object.keys(json)).toEqual([
			'format',
			'tool',
			'language',
			'createdAt',
			'rehearsal',
			'choices',
			'snapshot',
			'createsPolicy',
			'steps',
			'warnings',
			'rollbackNeedsInput',
			'script',
			'rollbackScript',
		]);
		expect(json.format).toBe(planJsonFormat);
		expect(json.tool).toEqual({name: 'offline-im', version});
		expect(json.choices).toEqual(usersOff(['Tony Smith']));
		expect(json.createsPolicy).toBe('if-missing');
		expect(json.rollbackNeedsInput).toBe(true);
		const grant = json.steps.find(step => step.kind === 'grant');
		expect(grant).toEqual({
			id: 'grant-1',
			phase: 'change',
			kind: 'grant',
			subject: 'Tony Smith',
			purpose: 'Give Tony Smith the per-user policy OfflineIM.',
			command: "Grant-CsClientPolicy -Identity 'Tony Smith' -PolicyName 'OfflineIM'",
			rollback: ["Grant-CsClientPolicy -Identity 'Tony Smith' -PolicyName $null"],
			effect: {kind: 'user-policy', user: 'Tony Smith', to: 'OfflineIM'},
		});
		expect(json.warnings[0]).toEqual({
			kind: 'grant-replaces-policy',
			severity: 'caution',
			message: 'Granting the policy replaces any per-user client policy a user already holds (a user holds one at most).',
		});
		expect(json.script).toBe(renderScript(plan, 'en'));
		expect(json.rollbackScript).toBe(renderRollbackScript(plan, 'en'));
	});

	it('words the messages in the chosen language', () => {
		const json = planToJson(buildPlan(globalOff, {}, now), 'it', {simulate: true});
		expect(json.language).toBe('it');
		expect(json.rehearsal).toBe(true);
		expect(json.warnings.map(warning => warning.message)[0]).toMatch(/^Il criterio Global non raggiunge/);
		expect(json.steps[0]?.purpose).toBe('Carica il modulo SkypeForBusiness (serve in ogni nuova sessione).');
	});
});

describe('the plan catalog’s shared wording', () => {
	it('lists names, then how many more, in each language', () => {
		const names = Array.from({length: 12}, (_, index) => `u${index + 1}`);
		expect(planEn.nameList(names)).toBe('u1, u2, u3, u4, u5, u6, u7, u8, u9, u10 and 2 more');
		expect(planIt.nameList(names, 3)).toBe('u1, u2, u3 e altri 9');
		expect(planEn.nameList(['a', 'b'])).toBe('a, b');
	});

	it('words a value as the common catalog does', () => {
		const plan = buildPlan(globalOff, {global: {identity: 'Global', enableIMAutoArchiving: null}}, now);
		expect(renderRollbackScript(plan, 'en')).toContain(`# Put the Global policy back as it was: ${commonEn.archivingValue(null)}.`);
		expect(planIt.found({kind: 'policy-value', identity: 'Global', enableIMAutoArchiving: false})).toBe(`Global: messaggi offline ${commonIt.archivingValue(false)}`);
	});
});
