import {Box, Text, useIsScreenReaderEnabled} from 'ink';
import {useEffect, useMemo, useState} from 'react';
import useLatestInput from '../hooks/use-latest-input.js';
import ErrorPanel from '../components/ErrorPanel.js';
import KeyHints, {type KeyHint} from '../components/KeyHints.js';
import Notice from '../components/Notice.js';
import Paragraph from '../components/Paragraph.js';
import StatusLabel from '../components/StatusLabel.js';
import StepHeader from '../components/StepHeader.js';
import TextField from '../components/TextField.js';
import useMessages from '../hooks/use-messages.js';
import useTheme from '../hooks/use-theme.js';
import type {Status} from '../theme.js';
import {stepNumber, wizardSteps, type ConnectForm, type ConnectStepStatus, type ShownError, type TargetKind} from '../wizard/types.js';
import useConnectForm, {questionsFor, type ConnectFormState, type Question} from './connect/use-connect-form.js';
import SelectList, {type SelectItem} from '../components/SelectList.js';

export type Props = {
	/** What to connect to, as chosen on the Welcome screen. */
	readonly targetKind: TargetKind;
	/** The answers remembered from last time: pool, admin domain, sign-in kind, user name. */
	readonly defaults: ConnectForm;
	/** Asking the questions, connecting, connected, or failed. */
	readonly status: 'form' | 'connecting' | 'connected' | 'failed';
	/** The connection's commands, exactly as they run, and how far each got. */
	readonly steps: ReadonlyArray<{readonly command: string; readonly status: ConnectStepStatus}>;
	/** Why connecting failed: PowerShell's message, a plain fix, the command that failed. */
	readonly error?: ShownError;
	/** Rehearsal only: the simulated tenant's account, shown as a tip. */
	readonly rehearsalSignIn?: {readonly userName: string; readonly password: string};
	/** The last answer was given: connect. The password travels alone and only with credential sign-in. */
	readonly onConnect: (form: ConnectForm, password?: string) => void;
	/** Enter once connected: go on to the current settings. */
	readonly onContinue: () => void;
	/** Esc at the first question, after a failure or once connected: the previous screen. */
	readonly onBack: () => void;
	/** Enter after a failure: the form is shown again (answers kept, password cleared). */
	readonly onRetry?: () => void;
};

const stepStatus: Record<ConnectStepStatus, Status> = {pending: 'pending', running: 'running', done: 'pass', failed: 'fail'};

/**
 * Step 2: the few answers the target needs, one question at a time, then the connection's
 * commands as they run; on failure PowerShell's own message with a plain fix, Enter to try again.
 */
export default function Connect({targetKind, defaults, status, steps, error, rehearsalSignIn, onConnect, onContinue, onBack, onRetry}: Props) {
	const {connect, ui} = useMessages();
	const theme = useTheme();
	const screenReader = useIsScreenReaderEnabled();
	const form = useConnectForm({kind: targetKind, defaults, onConnect, onBack});
	// After a failure, Enter shows the form again while the controller still says "failed".
	const [retrying, setRetrying] = useState(false);
	useEffect(() => {
		if (status !== 'failed') setRetrying(false);
	}, [status]);
	const view = status === 'failed' && retrying ? 'form' : status;
	// On the sign-in question, what Enter does follows the highlighted answer, not the one given
	// before: a user name and a password are asked only after "a user name and a password".
	const [highlightedSignIn, setHighlightedSignIn] = useState<ConnectForm['signIn']>();
	useEffect(() => {
		setHighlightedSignIn(undefined);
	}, [form.question]);
	const signIn = form.question === 'signIn' ? (highlightedSignIn ?? form.form.signIn) : form.form.signIn;
	const questions = questionsFor(targetKind, signIn);
	const position = form.question === undefined ? -1 : questions.indexOf(form.question);
	const lastQuestion = form.question === undefined || position === questions.length - 1;

	const where =
		targetKind === 'server-local' ? connect.where.local : targetKind === 'server-pool' ? connect.where.pool(form.form.pool) : connect.where.online;

	useLatestInput((_input, key) => {
		if (view === 'form') {
			// Enter in a text field or the sign-in list belongs to them.
			if (key.escape) form.back();
			else if (key.return && form.question === undefined) form.submit();
		} else if (view === 'connected') {
			if (key.return) onContinue();
			else if (key.escape) onBack();
		} else if (view === 'failed') {
			if (key.return) {
				form.restart();
				setRetrying(true);
				onRetry?.();
			} else if (key.escape) {
				onBack();
			}
		}
	});

	const hints: KeyHint[] = [];
	if (view === 'form') {
		if (form.question === 'signIn') hints.push({key: ui.keys.upDown, action: connect.keys.choose});
		hints.push({key: ui.keys.enter, action: lastQuestion ? connect.keys.connect : connect.keys.next});
		hints.push({key: ui.keys.escape, action: position <= 0 ? ui.actions.back : connect.keys.previous});
	} else if (view === 'connecting') {
		// Nothing to press but the way out, handled by the wizard's root.
		hints.push({key: ui.keys.ctrlC, action: ui.actions.quit});
	} else if (view === 'connected') {
		hints.push({key: ui.keys.enter, action: ui.actions.continue}, {key: ui.keys.escape, action: ui.actions.back});
	} else if (view === 'failed') {
		hints.push({key: ui.keys.enter, action: connect.keys.retry}, {key: ui.keys.escape, action: ui.actions.back});
	}

	const failedCommand = error?.command ?? steps.find(step => step.status === 'failed')?.command;

	return (
		<Box flexDirection="column">
			<StepHeader step={stepNumber('connect')} total={wizardSteps.length} title={connect.title} />
			{view === 'form' ? (
				<FormView form={form} targetKind={targetKind} rehearsalSignIn={rehearsalSignIn} last={lastQuestion} onHighlightSignIn={setHighlightedSignIn} />
			) : (
				<Box flexDirection="column">
					{view === 'connecting' ? <Text {...theme.heading}>{connect.connecting(where)}</Text> : null}
					{view === 'failed' ? null : <StepList steps={steps} signIn={form.form.signIn} />}
					{view === 'connecting' ? (
						<Box marginTop={1}>
							<Text {...theme.muted}>{connect.wait}</Text>
						</Box>
					) : null}
					{view === 'connected' ? (
						<Box flexDirection="column" marginTop={1}>
							<Paragraph tone={theme.status.pass.tone} {...(screenReader ? {} : {lead: theme.status.pass.symbol})}>
								{connect.connected(where)}
							</Paragraph>
							<Text>{connect.connectedNext}</Text>
						</Box>
					) : null}
					{view === 'failed' ? (
						<Box flexDirection="column">
							<ErrorPanel
								title={connect.failed(where)}
								{...(error?.message === undefined ? {} : {message: error.message})}
								fix={error?.hint ?? ''}
								{...(failedCommand === undefined ? {} : {failedCommand})}
							/>
							<Box marginTop={1}>
								<Paragraph>{connect.retry}</Paragraph>
							</Box>
						</Box>
					) : null}
				</Box>
			)}
			{hints.length > 0 ? <KeyHints hints={hints} /> : null}
		</Box>
	);
}

type FormViewProps = {
	readonly form: ConnectFormState;
	readonly targetKind: TargetKind;
	readonly rehearsalSignIn: Props['rehearsalSignIn'];
	/** Enter on this question connects (for the sign-in question: with the highlighted answer). */
	readonly last: boolean;
	readonly onHighlightSignIn: (signIn: ConnectForm['signIn']) => void;
};

/** The answers given so far, the current question with its help, and what Enter does. */
function FormView({form, targetKind, rehearsalSignIn, last, onHighlightSignIn}: FormViewProps) {
	const {connect} = useMessages();
	const theme = useTheme();
	const signInWords = targetKind === 'online' ? connect.signIn.online : connect.signIn.server;
	const signInChoices = useMemo<Array<SelectItem<ConnectForm['signIn']>>>(
		() => [
			{value: 'integrated', label: signInWords.integrated},
			{value: 'credential', label: signInWords.credential},
		],
		[signInWords],
	);

	if (form.question === undefined) {
		return (
			<Box flexDirection="column">
				<Text>{connect.local.lead}</Text>
				<Text>{connect.local.explain}</Text>
				<Box marginTop={1}>
					<Text {...theme.heading}>{connect.local.go}</Text>
				</Box>
			</Box>
		);
	}

	const answered = form.questions.slice(0, form.questions.indexOf(form.question));
	return (
		<Box flexDirection="column">
			{targetKind === 'online' ? (
				<Box marginBottom={1}>
					<Notice title={connect.onlineRetired} />
				</Box>
			) : null}
			{answered.length > 0 ? (
				<Box flexDirection="column" marginBottom={1}>
					{answered.map(question => (
						<Text key={question}>
							<Text {...theme.muted}>{`${answeredLabel(question, connect)}:`}</Text> {answeredValue(question, form.form, connect, signInWords)}
						</Text>
					))}
				</Box>
			) : null}
			<CurrentQuestion form={form} targetKind={targetKind} signInChoices={signInChoices} onHighlightSignIn={onHighlightSignIn} />
			{rehearsalSignIn !== undefined && (form.question === 'signIn' || form.question === 'userName' || form.question === 'password') ? (
				<Box marginTop={1}>
					<Text {...theme.rehearsal}>{connect.rehearsalTip(rehearsalSignIn.userName, rehearsalSignIn.password)}</Text>
				</Box>
			) : null}
			<Box marginTop={1}>
				<Text {...theme.muted}>{last ? connect.lastField : connect.next}</Text>
			</Box>
		</Box>
	);
}

type QuestionProps = {
	readonly form: ConnectFormState;
	readonly targetKind: TargetKind;
	readonly signInChoices: Array<SelectItem<ConnectForm['signIn']>>;
	readonly onHighlightSignIn: (signIn: ConnectForm['signIn']) => void;
};

function CurrentQuestion({form, targetKind, signInChoices, onHighlightSignIn}: QuestionProps) {
	const {connect} = useMessages();
	const theme = useTheme();
	const submit = (value: string) => {
		form.submit(value);
	};

	switch (form.question) {
		case 'pool': {
			return (
				<Box flexDirection="column">
					<TextField label={connect.pool.label} value={form.form.pool} placeholder={connect.pool.placeholder} error={form.error} onChange={form.change} onSubmit={submit} />
					<Paragraph tone={theme.muted}>{connect.pool.help}</Paragraph>
				</Box>
			);
		}

		case 'adminDomain': {
			return (
				<Box flexDirection="column">
					<TextField
						label={connect.adminDomain.label}
						value={form.form.adminDomain}
						placeholder={connect.adminDomain.placeholder}
						error={form.error}
						onChange={form.change}
						onSubmit={submit}
					/>
					<Paragraph tone={theme.muted}>{connect.adminDomain.help}</Paragraph>
				</Box>
			);
		}

		case 'signIn': {
			return (
				<Box flexDirection="column">
					<Text {...theme.heading}>{connect.signIn.question}</Text>
					<SelectList
						items={signInChoices}
						initial={form.form.signIn}
						onHighlight={onHighlightSignIn}
						onSelect={value => {
							form.submit(value);
						}}
					/>
				</Box>
			);
		}

		case 'userName': {
			return (
				<TextField
					label={connect.userName.label}
					value={form.form.userName}
					placeholder={targetKind === 'online' ? connect.userName.placeholderOnline : connect.userName.placeholderServer}
					error={form.error}
					onChange={form.change}
					onSubmit={submit}
				/>
			);
		}

		case 'password': {
			return (
				<Box flexDirection="column">
					<TextField mask label={connect.password.label} value={form.password} error={form.error} onChange={form.change} onSubmit={submit} />
					<Paragraph tone={theme.muted}>{connect.password.help}</Paragraph>
				</Box>
			);
		}

		case undefined: {
			return null;
		}
	}
}

type ConnectMessages = ReturnType<typeof useMessages>['connect'];

function answeredLabel(question: Question, connect: ConnectMessages): string {
	switch (question) {
		case 'pool':
		case 'adminDomain':
		case 'signIn':
		case 'userName': {
			return connect.filled[question];
		}

		case 'password': {
			return connect.password.label;
		}
	}
}

function answeredValue(question: Question, form: ConnectForm, connect: ConnectMessages, signInWords: {integrated: string; credential: string}): string {
	switch (question) {
		case 'pool': {
			return form.pool;
		}

		case 'adminDomain': {
			return form.adminDomain === '' ? connect.filled.adminDomainNone : form.adminDomain;
		}

		case 'signIn': {
			return signInWords[form.signIn];
		}

		case 'userName': {
			return form.userName;
		}

		case 'password': {
			// Never reached: the password is the last question. Never its characters in any case.
			return '';
		}
	}
}

/** The connection's commands with their status; the credential line says where it comes from. */
function StepList({steps, signIn}: {readonly steps: Props['steps']; readonly signIn: ConnectForm['signIn']}) {
	const {connect} = useMessages();
	const theme = useTheme();
	return (
		<Box flexDirection="column">
			{steps.map((step, index) => (
				// By position: a command may repeat.
				<Box key={index}>
					<Box flexShrink={0} marginRight={2}>
						<StatusLabel status={stepStatus[step.status]} />
					</Box>
					<Text>
						<Text {...theme.command}>{step.command}</Text>
						{signIn === 'credential' && step.command.startsWith('$credential') ? <Text {...theme.muted}>{` ${connect.credentialNote}`}</Text> : null}
					</Text>
				</Box>
			))}
		</Box>
	);
}
