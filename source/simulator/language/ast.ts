/** The syntax tree of the PowerShell subset the simulator understands. */

export type Extent = {start: number; end: number};

export type ScriptBlockAst = {
	kind: 'scriptblock';
	statements: StatementAst[];
	/** The whole source the block was parsed from (extents index into it). */
	source: string;
	/** The block's own text, without braces. */
	text: string;
};

export type StatementAst =
	| PipelineAst
	| {kind: 'assignment'; target: ExpressionAst; operator: '=' | '+=' | '-='; value: StatementAst; extent: Extent}
	| {kind: 'if'; clauses: Array<{condition: StatementAst; body: StatementAst[]}>; elseBody?: StatementAst[]; extent: Extent}
	| {kind: 'foreach'; variable: string; collection: StatementAst; body: StatementAst[]; extent: Extent}
	| {
			kind: 'for';
			init?: StatementAst;
			condition?: StatementAst;
			iterator?: StatementAst;
			body: StatementAst[];
			extent: Extent;
	  }
	| {kind: 'while'; condition: StatementAst; body: StatementAst[]; extent: Extent}
	| {kind: 'try'; body: StatementAst[]; catches: StatementAst[][]; finallyBody?: StatementAst[]; extent: Extent}
	| {kind: 'throw'; value?: StatementAst; extent: Extent}
	| {kind: 'break'; extent: Extent}
	| {kind: 'continue'; extent: Extent}
	| {kind: 'return'; value?: StatementAst; extent: Extent}
	| {kind: 'exit'; value?: StatementAst; extent: Extent};

export type PipelineAst = {kind: 'pipeline'; elements: PipelineElementAst[]; extent: Extent};

export type Redirection = 'discard-output' | 'discard-errors' | 'discard-all' | 'merge-errors';

export type PipelineElementAst =
	| {
			kind: 'command';
			/** `name` for `Get-Thing`, `&` and `.` for the invocation operators. */
			invocation: 'name' | '&' | '.';
			name: ExpressionAst;
			elements: CommandElementAst[];
			redirections: Redirection[];
			extent: Extent;
			/** Extent of the command name, for error positions. */
			nameExtent: Extent;
	  }
	| {kind: 'expression'; expression: ExpressionAst; redirections: Redirection[]; extent: Extent};

export type CommandElementAst =
	| {kind: 'parameter'; name: string; text: string; argument?: ExpressionAst; extent: Extent}
	| {kind: 'argument'; value: ExpressionAst; extent: Extent};

export type ExpressionAst =
	| {kind: 'constant'; value: string | number | boolean | null; bare?: boolean; extent: Extent}
	| {kind: 'expandable'; parts: Array<string | ExpressionAst>; extent: Extent}
	| {kind: 'variable'; name: string; scope?: 'global' | 'script' | 'local' | 'private' | 'env'; extent: Extent}
	| {kind: 'array'; elements: ExpressionAst[]; extent: Extent}
	| {kind: 'arrayExpression'; statements: StatementAst[]; extent: Extent}
	| {kind: 'subExpression'; statements: StatementAst[]; extent: Extent}
	| {kind: 'paren'; statement: StatementAst; extent: Extent}
	| {kind: 'hashtable'; entries: Array<{key: ExpressionAst; value: StatementAst}>; extent: Extent}
	| {kind: 'scriptblock'; block: ScriptBlockAst; extent: Extent}
	| {kind: 'type'; name: string; extent: Extent}
	| {kind: 'convert'; type: string; operand: ExpressionAst; extent: Extent}
	| {kind: 'binary'; operator: string; left: ExpressionAst; right: ExpressionAst; extent: Extent}
	| {kind: 'unary'; operator: string; operand: ExpressionAst; extent: Extent}
	| {kind: 'increment'; operator: '++' | '--'; prefix: boolean; operand: ExpressionAst; extent: Extent}
	| {kind: 'member'; target: ExpressionAst; member: string; isStatic: boolean; extent: Extent}
	| {kind: 'invoke'; target: ExpressionAst; member: string; isStatic: boolean; args: ExpressionAst[]; extent: Extent}
	| {kind: 'index'; target: ExpressionAst; index: ExpressionAst; extent: Extent};
