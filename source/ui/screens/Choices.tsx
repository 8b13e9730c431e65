import {Box, Text} from 'ink';
import {useMemo, useState} from 'react';
import type {TenantOverview} from '../../engine/run.js';
import type {OnOff, Scope, ServerSwitchMode} from '../../plan/choices.js';
import KeyHints, {type KeyHint} from '../components/KeyHints.js';
import Paragraph from '../components/Paragraph.js';
import StepHeader from '../components/StepHeader.js';
import useMessages from '../hooks/use-messages.js';
import useTheme from '../hooks/use-theme.js';
import {stepNumber, wizardSteps, type ChoicesDraft, type TargetKind, type UsersFileOutcome} from '../wizard/types.js';
import PolicyNameQuestion from './choices/PolicyNameQuestion.js';
import SelectList, {type SelectItem} from '../components/SelectList.js';
import TypedUsersQuestion from './choices/TypedUsersQuestion.js';
import UsersFileQuestion from './choices/UsersFileQuestion.js';
import useLatestInput from '../hooks/use-latest-input.js';

export type Props = {
	/** Where the change goes: site policies exist only on Skype for Business Server. */
	readonly targetKind: TargetKind;
	/** What the tenant holds now: its sites and per-user policies, with their values. */
	readonly overview: TenantOverview;
	/** The choices made before, when the admin comes back from the review: every question starts from them. */
	readonly initial?: ChoicesDraft;
	/** The remembered policy name (default `OfflineIM`) and the users file read last time. */
	readonly defaults: {readonly policy: string; readonly usersFile?: string};
	/** Reads and checks a users file; its messages are already in the admin's language. */
	readonly readUsersFile: (file: string) => UsersFileOutcome;
	/** Every question is answered. */
	readonly onDone: (draft: ChoicesDraft) => void;
	/** Esc at the first question: back to the current state. */
	readonly onBack: () => void;
};

type Question = 'state' | 'scope' | 'site' | 'off-way' | 'policy' | 'policy-name' | 'policy-exists' | 'users-source' | 'users-typed' | 'users-file';

type ScopeKind = Scope['kind'];

type Answers = {
	state: OnOff;
	scope: ScopeKind;
	policy: string;
	policyMode: 'create' | 'reuse';
	users: string[];
};

/** A per-user policy as the tenant lists it (`Tag:OfflineIM`) without its prefix. */
export function bareName(identity: string): string {
	return identity.replace(/^(tag|site):/i, '');
}

function initialAnswers(initial: ChoicesDraft | undefined, defaults: Props['defaults'], overview: TenantOverview): Answers {
	const scope = initial?.scope;
	const users = scope?.kind === 'users' ? scope : undefined;
	const policy = users?.policy ?? defaults.policy;
	const exists = overview.perUserPolicies.some(value => bareName(value.identity).toLowerCase() === policy.toLowerCase());
	const policyMode = users?.policyMode === 'create' || users?.policyMode === 'reuse' ? users.policyMode : exists ? 'reuse' : 'create';
	return {state: initial?.state ?? 'on', scope: scope?.kind ?? 'global', policy, policyMode, users: users ? [...users.users] : []};
}

/**
 * Step 4: the decisions, one question at a time. On or off; the whole organization, a site or
 * selected users; for users, the per-user policy (an existing one or a new one) and the users,
 * typed or read from a file. Esc goes back one question.
 */
export default function Choices({targetKind, overview, initial, defaults, readUsersFile, onDone, onBack}: Props) {
	const {choices: text, ui, common} = useMessages();
	const theme = useTheme();
	const [answers, setAnswers] = useState(() => initialAnswers(initial, defaults, overview));
	const [history, setHistory] = useState<Question[]>([]);
	const [question, setQuestion] = useState<Question>('state');
	const [policyInput, setPolicyInput] = useState(answers.policyMode === 'create' ? answers.policy : defaults.policy);
	// "Type their names" starts an empty list: keeping the users chosen before is its own answer.
	const [typedUsers, setTypedUsers] = useState<string[]>([]);
	const initialSite = initial?.scope.kind === 'site' ? initial.scope.site : undefined;
	// "Off" for the organization or a site on a Server: the scope waits for the way to turn it off.
	const [pendingScope, setPendingScope] = useState<Scope | undefined>(undefined);

	const update = (change: Partial<Answers>) => {
		setAnswers(previous => ({...previous, ...change}));
	};

	const go = (next: Question) => {
		setHistory(previous => [...previous, question]);
		setQuestion(next);
	};

	const back = () => {
		const previous = history.at(-1);
		if (previous === undefined) {
			onBack();
			return;
		}

		setHistory(history.slice(0, -1));
		setQuestion(previous);
	};

	const finish = (scope: Scope) => {
		if (answers.state === 'off' && targetKind !== 'online' && scope.kind !== 'users') {
			setPendingScope(scope);
			go('off-way');
			return;
		}

		onDone({state: answers.state, scope});
	};

	const finishUsers = (users: string[], change: Partial<Answers> = {}) => {
		const final = {...answers, ...change};
		onDone({state: final.state, scope: {kind: 'users', policy: final.policy, policyMode: final.policyMode, users}});
	};

	useLatestInput((_input, key) => {
		if (key.escape) back();
	});

	const sites = useMemo(() => overview.sites.map(value => ({name: bareName(value.identity), value: value.enableIMAutoArchiving})), [overview.sites]);
	const policies = useMemo(
		() => overview.perUserPolicies.map(value => ({name: bareName(value.identity), value: value.enableIMAutoArchiving})),
		[overview.perUserPolicies],
	);
	const existing = (name: string) => policies.find(policy => policy.name.toLowerCase() === name.toLowerCase());

	const soFar = (() => {
		if (question === 'state') return undefined;
		const parts = [text.soFar.state(answers.state)];
		if (question !== 'scope') {
			if (answers.scope === 'users') parts.push(text.soFar.users);
			if (question === 'users-source' || question === 'users-typed' || question === 'users-file') {
				parts.push(text.soFar.policy(answers.policy, answers.policyMode));
			}
		}

		return parts.join(theme.separator);
	})();

	const selectHints: KeyHint[] = [
		{key: ui.keys.upDown, action: text.keys.choose},
		{key: ui.keys.enter, action: ui.actions.select},
		{key: ui.keys.escape, action: ui.actions.back},
	];
	const backHint: KeyHint[] = [{key: ui.keys.escape, action: ui.actions.back}];

	const body = (() => {
		switch (question) {
			case 'state': {
				const items: Array<SelectItem<OnOff>> = [
					{label: text.state.on, value: 'on'},
					{label: text.state.off, value: 'off'},
				];
				return {
					title: text.state.question,
					content: (
						<>
							<SelectList
								items={items}
								initial={answers.state}
								onSelect={state => {
									update({state});
									go('scope');
								}}
							/>
							<Box flexDirection="column" marginTop={1}>
								<Paragraph>{text.state.onMeans}</Paragraph>
								<Paragraph>{text.state.offMeans}</Paragraph>
							</Box>
						</>
					),
					hints: selectHints,
				};
			}

			case 'scope': {
				const items: Array<SelectItem<ScopeKind>> = [{label: text.scope.global, value: 'global'}];
				if (targetKind !== 'online') items.push({label: sites.length > 0 ? text.scope.site : text.scope.siteNone, value: 'site'});
				items.push({label: text.scope.users, value: 'users'});
				return {
					title: text.scope.question,
					content: (
						<>
							<SelectList
								items={items}
								initial={answers.scope}
								onSelect={scope => {
									update({scope});
									if (scope === 'global') finish({kind: 'global'});
									else if (scope === 'site') go('site');
									else go(policies.length > 0 ? 'policy' : 'policy-name');
								}}
							/>
							<Box flexDirection="column" marginTop={1}>
								<Paragraph>{text.scope.explain}</Paragraph>
								{targetKind === 'online' ? <Text {...theme.muted}>{text.scope.onlineNoSites}</Text> : null}
							</Box>
						</>
					),
					hints: selectHints,
				};
			}

			case 'site': {
				if (sites.length === 0) {
					return {
						title: text.site.question,
						content: (
							<Box flexDirection="column">
								<Paragraph>{text.site.none}</Paragraph>
								<Paragraph>{text.site.noneHint}</Paragraph>
							</Box>
						),
						hints: backHint,
					};
				}

				return {
					title: text.site.question,
					content: (
						<SiteList
							sites={sites}
							{...(initialSite === undefined ? {} : {initial: initialSite})}
							onSelect={site => {
								finish({kind: 'site', site});
							}}
						/>
					),
					hints: selectHints,
				};
			}

			case 'off-way': {
				const items: Array<SelectItem<ServerSwitchMode>> = [
					{label: text.offWay.serverSwitch, value: 'use'},
					{label: text.offWay.clientPolicy, value: 'leave'},
				];
				return {
					title: text.offWay.question,
					content: (
						<>
							<SelectList
								items={items}
								initial={initial?.serverSwitch ?? 'use'}
								onSelect={mode => {
									if (!pendingScope) return;
									onDone({state: answers.state, scope: pendingScope, ...(mode === 'leave' ? {serverSwitch: 'leave'} : {})});
								}}
							/>
							<Box flexDirection="column" marginTop={1}>
								<Paragraph>{text.offWay.serverSwitchMeans}</Paragraph>
								<Paragraph>{text.offWay.clientPolicyMeans}</Paragraph>
							</Box>
						</>
					),
					hints: selectHints,
				};
			}

			case 'policy': {
				return {
					title: text.policy.question,
					content: (
						<PolicyList
							policies={policies}
							{...(answers.policyMode === 'reuse' && existing(answers.policy) ? {initial: existing(answers.policy)!.name} : {})}
							onReuse={policy => {
								update({policy, policyMode: 'reuse'});
								go('users-source');
							}}
							onCreate={() => {
								go('policy-name');
							}}
						/>
					),
					hints: selectHints,
				};
			}

			case 'policy-name': {
				return {
					title: text.policyName.question,
					content: (
						<PolicyNameQuestion
							value={policyInput}
							onChange={setPolicyInput}
							noneYet={policies.length === 0}
							onName={name => {
								const found = existing(name);
								if (found) {
									update({policy: found.name});
									go('policy-exists');
								} else {
									update({policy: name, policyMode: 'create'});
									go('users-source');
								}
							}}
						/>
					),
					hints: [
						{key: ui.keys.enter, action: ui.actions.continue},
						{key: ui.keys.escape, action: ui.actions.back},
					],
				};
			}

			case 'policy-exists': {
				const found = existing(answers.policy);
				const items: Array<SelectItem<'reuse' | 'rename'>> = [
					{label: text.policyExists.reuse(answers.policy), value: 'reuse'},
					{label: text.policyExists.rename, value: 'rename'},
				];
				return {
					title: text.policyExists.question(answers.policy),
					content: (
						<>
							{found ? <Text>{text.policyExists.value(common.archivingValue(found.value))}</Text> : null}
							<Box marginTop={1}>
								<SelectList
									items={items}
									onSelect={choice => {
										if (choice === 'reuse') {
											update({policyMode: 'reuse'});
											go('users-source');
										} else {
											back();
										}
									}}
								/>
							</Box>
						</>
					),
					hints: selectHints,
				};
			}

			case 'users-source': {
				const items: Array<SelectItem<'keep' | 'type' | 'file'>> = [];
				if (answers.users.length > 0) {
					items.push({label: text.usersSource.keep(answers.users.length, lastNames(answers.users, theme.ellipsis)), value: 'keep'});
				}

				items.push({label: text.usersSource.type, value: 'type'}, {label: text.usersSource.file, value: 'file'});
				return {
					title: text.usersSource.question,
					content: (
						<>
							<SelectList
								items={items}
								onSelect={source => {
									if (source === 'keep') {
										finishUsers(answers.users);
									} else if (source === 'type') {
										setTypedUsers([]);
										go('users-typed');
									} else {
										go('users-file');
									}
								}}
							/>
							<Box marginTop={1}>
								<Paragraph>{text.usersSource.help}</Paragraph>
							</Box>
						</>
					),
					hints: selectHints,
				};
			}

			case 'users-typed': {
				return {
					title: text.usersTyped.question,
					content: (
						<TypedUsersQuestion
							users={typedUsers}
							onUsers={setTypedUsers}
							onDone={() => {
								update({users: typedUsers});
								finishUsers(typedUsers, {users: typedUsers});
							}}
						/>
					),
					hints: [
						{key: ui.keys.enter, action: text.keys.add},
						{key: text.keys.backspace, action: text.keys.removeLast},
						{key: ui.keys.escape, action: ui.actions.back},
					],
				};
			}

			case 'users-file': {
				return {
					title: text.usersFile.question,
					content: (
						<UsersFileQuestion
							{...(defaults.usersFile === undefined ? {} : {defaultFile: defaults.usersFile})}
							readUsersFile={readUsersFile}
							onUsers={users => {
								update({users});
								finishUsers(users, {users});
							}}
						/>
					),
					// The question shows its own: they change once a file is read.
					hints: undefined,
				};
			}
		}
	})();

	return (
		<Box flexDirection="column">
			<StepHeader step={stepNumber('choices')} total={wizardSteps.length} title={text.title} />
			{soFar === undefined ? null : (
				<Box marginBottom={1}>
					<Text>
						<Text {...theme.muted}>{text.soFar.label}</Text> {soFar}
					</Text>
				</Box>
			)}
			<Box marginBottom={1}>
				<Text {...theme.heading}>{body.title}</Text>
			</Box>
			{/* Keyed by question: each question's list starts afresh, on the answer given before. */}
			<Box key={question} flexDirection="column">
				{body.content}
			</Box>
			{body.hints === undefined ? null : <KeyHints hints={body.hints} />}
		</Box>
	);
}

/** "a, b, c" for the last few names, with a leading ellipsis when there are more. */
function lastNames(users: readonly string[], ellipsis: string): string {
	const shown = users.slice(-3).join(', ');
	return users.length > 3 ? `${ellipsis} ${shown}` : shown;
}

type SiteListProps = {
	readonly sites: ReadonlyArray<{name: string; value: boolean | null}>;
	readonly initial?: string;
	readonly onSelect: (site: string) => void;
};

function SiteList({sites, initial, onSelect}: SiteListProps) {
	const {choices: text, common} = useMessages();
	const items = useMemo(
		() => sites.map((site, index) => ({label: text.site.item(site.name, common.archivingValue(site.value)), value: String(index)})),
		[sites, text, common],
	);
	const initialIndex = initial === undefined ? -1 : sites.findIndex(site => site.name.toLowerCase() === initial.toLowerCase());
	return (
		<SelectList
			items={items}
			limit={8}
			{...(initialIndex === -1 ? {} : {initial: String(initialIndex)})}
			onSelect={value => {
				onSelect(sites[Number(value)]!.name);
			}}
		/>
	);
}

type PolicyListProps = {
	readonly policies: ReadonlyArray<{name: string; value: boolean | null}>;
	readonly initial?: string;
	readonly onReuse: (policy: string) => void;
	readonly onCreate: () => void;
};

const createValue = 'create';

function PolicyList({policies, initial, onReuse, onCreate}: PolicyListProps) {
	const {choices: text, common} = useMessages();
	// "Create" first: with many policies it would be out of view at the end.
	const items = useMemo(
		() => [
			{label: text.policy.create, value: createValue},
			...policies.map((policy, index) => ({label: text.policy.reuse(policy.name, common.archivingValue(policy.value)), value: String(index)})),
		],
		[policies, text, common],
	);
	const initialIndex = initial === undefined ? -1 : policies.findIndex(policy => policy.name === initial);
	return (
		<>
			<SelectList
				items={items}
				limit={8}
				initial={initialIndex === -1 ? createValue : String(initialIndex)}
				onSelect={value => {
					if (value === createValue) onCreate();
					else onReuse(policies[Number(value)]!.name);
				}}
			/>
			<Box marginTop={1}>
				<Paragraph>{text.policy.reuseWarning}</Paragraph>
			</Box>
		</>
	);
}
