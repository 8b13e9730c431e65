/**
 * Everything the wizard asks of the world, as one interface: the controller calls these, screens
 * never do. The implementation (source/commands/wizard-services.ts) is the same Run that `apply`
 * uses, with the real bridge talking to PowerShell or, in rehearsal, to the simulator.
 */
import type {PrerequisiteRun, PrerequisiteStage} from '../../checks/run-prerequisites.js';
import type {CheckTarget} from '../../checks/prerequisites.js';
import type {ConnectResult} from '../../engine/connect.js';
import type {ExecutionReport} from '../../engine/execute.js';
import type {ExecuteRunOptions, TenantOverview} from '../../engine/run.js';
import type {Choices, Target} from '../../plan/choices.js';
import type {Plan, Step, TenantSnapshot} from '../../plan/plan.js';
import type {Settings} from '../../settings.js';
import type {UsersFileOutcome} from './types.js';

export type WizardServices = {
	readonly rehearsal: boolean;
	/** Rehearsal: the simulated tenant's file. */
	readonly tenantFile?: string;
	readonly journalFile: string;
	readonly rollbackFile: string;
	runChecks(target: CheckTarget, onStage: (stage: PrerequisiteStage) => void): Promise<PrerequisiteRun>;
	connect(target: Target, password: string | undefined, onStep: (step: Step) => void): Promise<ConnectResult>;
	readOverview(): Promise<TenantOverview>;
	readForChoices(choices: Choices): Promise<TenantSnapshot>;
	/** Reads and checks a users file; relative paths are from the current folder. */
	readUsersFile(file: string): UsersFileOutcome;
	/** Whether a file exists (relative paths from the current folder): a save asks before replacing. */
	fileExists(file: string): boolean;
	/** Writes the script and its rollback; the paths written. Throws an InputError when it cannot. */
	saveScripts(plan: Plan, file: string): {script: string; rollback: string};
	execute(plan: Plan, options: ExecuteRunOptions): Promise<ExecutionReport>;
	rememberSettings(changes: Partial<Settings>): void;
	/** Stops PowerShell and closes the journal. */
	close(): Promise<void>;
};
