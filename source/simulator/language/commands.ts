import type {ErrorRecordInit} from './errors.js';
import type {Scope} from './scope.js';
import type {Value} from './values.js';

/**
 * How a cmdlet is declared. Parameter binding follows PowerShell's rules: case-insensitive
 * names, unique-prefix abbreviation, aliases, positions, switches, mandatory parameters.
 */
export type ParameterType =
	| 'string'
	| 'strings'
	| 'switch'
	| 'bool'
	| 'nullable-bool'
	| 'int'
	| 'object'
	| 'objects'
	| 'scriptblock'
	| 'scriptblocks';

export type ParameterSpec = {
	name: string;
	type: ParameterType;
	position?: number;
	aliases?: string[];
	mandatory?: boolean;
	/** Filled from pipeline input (by value or by property name) when not given. */
	fromPipeline?: boolean;
	/** [ValidateNotNull]: binding $null fails. */
	notNull?: boolean;
	/** The .NET type shown in binding errors. */
	netType?: string;
};

export type CommandContext = {
	/** The command's canonical name. */
	readonly name: string;
	/** Bound parameters by canonical name. */
	readonly bound: ReadonlyMap<string, Value>;
	readonly input: readonly Value[];
	readonly hasInput: boolean;
	readonly scope: Scope;
	readonly output: Value[];
	/** A non-terminating error: written or thrown according to -ErrorAction / $ErrorActionPreference. */
	writeError(error: CommandError): void;
	/** A statement-terminating error (ThrowTerminatingError). */
	fail(error: CommandError): never;
	writeWarning(text: string): void;
	writeHost(text: string): void;
};

/** An error raised by a command; `errorId` is the short id, qualified with the command's class. */
export type CommandError = Omit<ErrorRecordInit, 'errorId' | 'commandName'> & {
	errorId: string;
	/** When true the id is used as is (no `,<class>` suffix). */
	qualified?: boolean;
};

export type CommandDefinition = {
	name: string;
	/** The implementing .NET class, for FullyQualifiedErrorId. */
	netClass: string;
	parameters: ParameterSpec[];
	/** Adds -WhatIf and -Confirm. */
	shouldProcess?: boolean;
	invoke(context: CommandContext): void;
};

export const commonParameters: ParameterSpec[] = [
	{name: 'Verbose', type: 'switch', aliases: ['vb']},
	{name: 'Debug', type: 'switch', aliases: ['db']},
	{name: 'ErrorAction', type: 'string', aliases: ['ea'], netType: 'System.Management.Automation.ActionPreference'},
	{name: 'WarningAction', type: 'string', aliases: ['wa'], netType: 'System.Management.Automation.ActionPreference'},
	{name: 'InformationAction', type: 'string', aliases: ['infa'], netType: 'System.Management.Automation.ActionPreference'},
	{name: 'ErrorVariable', type: 'string', aliases: ['ev']},
	{name: 'WarningVariable', type: 'string', aliases: ['wv']},
	{name: 'InformationVariable', type: 'string', aliases: ['iv']},
	{name: 'OutVariable', type: 'string', aliases: ['ov']},
	{name: 'OutBuffer', type: 'int', aliases: ['ob']},
	{name: 'PipelineVariable', type: 'string', aliases: ['pv']},
];

export const shouldProcessParameters: ParameterSpec[] = [
	{name: 'WhatIf', type: 'switch', aliases: ['wi']},
	{name: 'Confirm', type: 'switch', aliases: ['cf']},
];
