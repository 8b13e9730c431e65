import {Box, Text, useIsScreenReaderEnabled} from 'ink';
import Spinner from 'ink-spinner';
import {useEffect, useMemo, useState} from 'react';
import type {Catalog} from '../../i18n/catalog.js';
import type {Plan} from '../../plan/plan.js';
import type {WarningSeverity} from '../../plan/warnings.js';
import CommandPreview from '../components/CommandPreview.js';
import ErrorPanel from '../components/ErrorPanel.js';
import {foldCommands} from '../components/fold-commands.js';
import KeyHints, {type KeyHint} from '../components/KeyHints.js';
import Paragraph from '../components/Paragraph.js';
import {lastScrollOffset, scrollWindow} from '../components/scroll-window.js';
import StepHeader from '../components/StepHeader.js';
import TextField from '../components/TextField.js';
import {unquotePath} from '../components/unquote-path.js';
import useLatestInput from '../hooks/use-latest-input.js';
import useMessages from '../hooks/use-messages.js';
import useRehearsal from '../hooks/use-rehearsal.js';
import useScreenRoom from '../hooks/use-screen-room.js';
import useTheme from '../hooks/use-theme.js';
import {stepNumber, wizardSteps, type ShownError} from '../wizard/types.js';
import {describeUndo} from './review/describe-undo.js';
import {fitPreviewHeight} from './review/fit-preview.js';
import {isLeftOut, leftOutUsers, orderWarnings} from './review/order-warnings.js';
import {defaultScriptName} from './review/script-name.js';
import UndoView from './review/UndoView.js';
import WarningsView, {layoutWarnings} from './review/WarningsView.js';

export type Props = {
	/** `reading`: the users' current policies are being read and the plan built. */
	readonly status: 'reading' | 'ready' | 'failed';
	/** The plan to review, once ready. */
	readonly plan?: Plan;
	/** Why reading failed. */
	readonly error?: ShownError;
	/** Per-user grants only: go on after a user fails (and list the failures at the end) or stop. */
	readonly continueOnError: boolean;
	/** After a save: where the script and its rollback script were written. */
	readonly saved?: {readonly script: string; readonly rollback: string};
	/** Why the last save failed: the message, and on the lines after it what to do. */
	readonly saveError?: string;
	/**
	 * The file name offered when saving. Without it, `offline-im-YYYYMMDD-HHMMSS.ps1` in local
	 * time, made when the prompt opens (so that a second save does not offer the first name).
	 */
	readonly defaultSavePath?: string;
	/** Whether a file exists already: saving over it asks first. */
	readonly fileExists?: (path: string) => boolean;
	readonly onContinueOnError: (value: boolean) => void;
	/** Run the plan now (after the admin confirmed; never while a warning blocks the run). */
	readonly onRun: () => void;
	/** Save the plan as this `.ps1`, with its rollback script beside it. */
	readonly onSave: (path: string) => void;
	/** q: quit without running (before or after saving). */
	readonly onQuit: () => void;
	/** Esc: back to the choices. */
	readonly onBack: () => void;
};

type View = 'warnings' | 'commands' | 'undo';
const views: readonly View[] = ['warnings', 'commands', 'undo'];

type Mode = 'browse' | 'refused' | 'confirm' | 'save' | 'overwrite';

const noFile = () => false;

/**
 * Step 5: what will change in one line, the warnings (those that stop the run first), the exact
 * commands (long runs of grants folded, scrolled a window at a time) and what the rollback undoes;
 * then run, save as a script, quit, or go back. Nothing derived from the plan is recomputed on a
 * key press, so 10,000 users scroll as fast as ten.
 */
export default function Review(props: Props) {
	const {status, plan, error, onBack} = props;
	const {review: text, ui} = useMessages();
	const theme = useTheme();
	const screenReader = useIsScreenReaderEnabled();

	useLatestInput(
		(_input, key) => {
			if (key.escape) onBack();
		},
		{isActive: status !== 'ready' || plan === undefined},
	);

	if (status === 'ready' && plan) return <ReadyReview {...props} plan={plan} />;

	return (
		<Box flexDirection="column">
			<StepHeader step={stepNumber('review')} total={wizardSteps.length} title={text.title} />
			{status === 'failed' ? (
				<ErrorPanel
					title={text.failedTitle}
					{...(error?.message === undefined ? {} : {message: error.message})}
					fix={error?.hint ?? ''}
					{...(error?.command === undefined ? {} : {failedCommand: error.command})}
				/>
			) : (
				<Box flexDirection="column">
					<Text>
						{screenReader ? null : (
							<Text {...theme.status.running.tone}>
								<Spinner type={theme.unicode ? 'dots' : 'line'} />{' '}
							</Text>
						)}
						{text.reading}
					</Text>
					<Text {...theme.muted}>{text.readingNote}</Text>
				</Box>
			)}
			<KeyHints hints={[{key: ui.keys.escape, action: ui.actions.back}]} />
		</Box>
	);
}

function ReadyReview({
	plan,
	continueOnError,
	saved,
	saveError,
	defaultSavePath,
	fileExists = noFile,
	onContinueOnError,
	onRun,
	onSave,
	onQuit,
	onBack,
}: Props & {plan: Plan}) {
	const {review: text, ui, plan: planText} = useMessages();
	const theme = useTheme();
	const rehearsal = useRehearsal();
	const screenReader = useIsScreenReaderEnabled();
	const room = useScreenRoom();
	const {columns} = room;

	// Everything derived from the plan, once per plan: linear in the users, so never per key press.
	const facts = useMemo(() => {
		let changes = 0;
		let grants = 0;
		for (const step of plan.steps) {
			if (step.phase === 'change') changes++;
			if (step.kind === 'grant') grants++;
		}

		return {changes, grants, folded: foldCommands(plan.steps), undo: describeUndo(plan), leftOut: leftOutUsers(plan.warnings)};
	}, [plan]);
	const ranked = useMemo(() => orderWarnings(plan.warnings), [plan.warnings]);
	const warnings = useMemo(() => ranked.map(({warning, severity}) => ({severity, text: planText.warning(warning)})), [ranked, planText]);
	const warningLines = useMemo(() => {
		const label = (severity: WarningSeverity) => {
			const {symbol} = theme.status[severity === 'blocking' ? 'fail' : severity === 'info' ? 'info' : 'warn'];
			const word = severity === 'blocking' ? text.blocking : ui.status[severity === 'info' ? 'info' : 'warn'];
			return `${symbol} ${word}:`;
		};

		return layoutWarnings(warnings, label, columns);
	}, [warnings, theme, text, ui, columns]);
	// The first line of the first warning about users left out of the grants.
	const leftOutLine = useMemo(() => {
		const index = ranked.findIndex(({warning}) => isLeftOut(warning));
		let seen = -1;
		for (let line = 0; index !== -1 && line < warningLines.length; line++) {
			if (warningLines[line]!.label !== undefined && ++seen === index) return line;
		}

		return -1;
	}, [ranked, warningLines]);
	const blocked = warnings.some(warning => warning.severity === 'blocking');

	const [view, setView] = useState<View>('warnings');
	const [commandOffset, setCommandOffset] = useState(0);
	const [warningOffset, setWarningOffset] = useState(0);
	const [mode, setMode] = useState<Mode>('browse');
	const [savePath, setSavePath] = useState('');
	const [pathError, setPathError] = useState<string>();
	// A save error belongs to the save just submitted, not to an earlier one.
	const [submitted, setSubmitted] = useState(false);

	// A save answered: close the field and show where the files went.
	useEffect(() => {
		if (saved) setMode(previous => (previous === 'save' || previous === 'overwrite' ? 'browse' : previous));
	}, [saved]);

	const headline = (() => {
		const {scope, state} = plan.choices;
		// "Off" through the server switch changes no client policy.
		const changes = plan.steps.filter(step => step.phase === 'change');
		const via = changes.length > 0 && !changes.some(step => step.effect?.kind === 'policy-value') ? 'server-switch' : 'policy';
		switch (scope.kind) {
			case 'global':
				return text.headline.global(state, via);
			case 'site':
				return text.headline.site(state, scope.site, via);
			case 'users':
				return text.headline.users(
					state,
					facts.grants,
					scope.policy,
					plan.createsPolicy === 'if-missing' ? 'if-missing' : plan.createsPolicy ? 'new' : 'existing',
				);
		}
	})();
	const onErrorLine = `${text.onError.label} ${continueOnError ? text.onError.go : text.onError.stop} ${text.onError.change}`;
	const [saveMessage = '', ...saveHint] = submitted && saveError !== undefined ? saveError.split('\n') : [];
	const panel: string[] = (() => {
		switch (mode) {
			case 'browse':
				return saved ? [text.saved.script(saved.script), text.saved.rollback(saved.rollback), text.saved.next] : [text.nextStep];
			case 'refused':
				return [`${text.blocking}: ${text.refused}`];
			case 'confirm':
				return [text.confirm(facts.changes, rehearsal)];
			case 'save':
				return [
					`${text.save.label}: ${savePath}`,
					...(pathError === undefined ? [] : [`  ${ui.textField.invalid} ${pathError}`]),
					...(saveMessage === '' ? [] : [`  ${text.save.failed(saveMessage)}`, ...saveHint.map(line => `  ${line}`)]),
					text.save.help,
				];
			case 'overwrite':
				return [text.save.exists(savePath)];
		}
	})();
	const hints = hintsFor(mode, facts.grants > 0, text, ui);

	// A line, under the headline, for the users left out of the grants when their warning is out
	// of view: the Warnings view scrolled past it, or another view shown.
	const fixedLines = (leftOutShown: boolean) =>
		room.lines(headline) +
		(leftOutShown ? room.lines(text.leftOut(facts.leftOut)) : 0) +
		2 +
		1 +
		1 +
		(facts.grants > 0 ? room.lines(onErrorLine) : 0) +
		panel.reduce((sum, line) => sum + room.lines(line, 2), 0);
	const paneFor = (leftOutShown: boolean) => room.left(fixedLines(leftOutShown), hints, 4);
	const warningView = scrollWindow(warningLines.length, warningOffset, paneFor(false));
	// A screen reader hears every warning whole.
	const leftOutInView = screenReader || (leftOutLine >= warningView.first && leftOutLine < warningView.first + warningView.count);
	const showLeftOut = facts.leftOut > 0 && !(view === 'warnings' && leftOutInView);
	const paneHeight = paneFor(showLeftOut);

	// The last offset shows the end of the list at the height that fits there.
	const endHeight = fitPreviewHeight(facts.folded, plan.steps, facts.folded.rows, paneHeight, columns);
	const maxCommandOffset = facts.folded.rows > endHeight ? facts.folded.rows - (endHeight - 1) : 0;
	const previewHeight = view === 'commands' ? fitPreviewHeight(facts.folded, plan.steps, commandOffset, paneHeight, columns) : paneHeight;
	const maxWarningOffset = lastScrollOffset(warningLines.length, paneHeight);

	const scroll = (delta: number | 'start' | 'end') => {
		const move = (offset: number, max: number) => clamp(delta === 'start' ? 0 : delta === 'end' ? max : offset + delta, max);
		if (view === 'commands') setCommandOffset(offset => move(offset, maxCommandOffset));
		else if (view === 'warnings') setWarningOffset(offset => move(offset, maxWarningOffset));
	};

	const save = (path: string) => {
		setSubmitted(true);
		onSave(path);
	};

	const page = (view === 'commands' ? previewHeight : paneHeight) - 1;
	useLatestInput((input, key) => {
		if (mode === 'save') {
			if (key.escape) {
				setPathError(undefined);
				setMode('browse');
			}

			return;
		}

		if (mode === 'overwrite') {
			if (key.return) {
				setMode('save');
				save(savePath);
			} else if (key.escape) {
				setMode('save');
			}

			return;
		}

		if (mode === 'confirm') {
			if (key.return) {
				// Back to browsing: a second Enter must not start a second run.
				setMode('browse');
				onRun();
			} else if (key.escape) {
				setMode('browse');
			}

			return;
		}

		if (key.escape) {
			onBack();
		} else if (key.tab) {
			const step = key.shift ? -1 : 1;
			setView(current => views[(views.indexOf(current) + step + views.length) % views.length]!);
		} else if (key.upArrow) {
			scroll(-1);
		} else if (key.downArrow) {
			scroll(1);
		} else if (key.pageUp) {
			scroll(-page);
		} else if (key.pageDown) {
			scroll(page);
		} else if (key.home) {
			scroll('start');
		} else if (key.end) {
			scroll('end');
		} else if (input === 'r') {
			setMode(blocked ? 'refused' : 'confirm');
		} else if (input === 's') {
			setPathError(undefined);
			setSubmitted(false);
			setSavePath(defaultSavePath ?? defaultScriptName(new Date()));
			setMode('save');
		} else if (input === 'e' && facts.grants > 0) {
			onContinueOnError(!continueOnError);
		} else if (input === 'q') {
			onQuit();
		}
	});

	const viewLabels: Record<View, string> = {
		warnings: text.views.warnings(warnings.length),
		commands: text.views.commands(plan.steps.length),
		undo: text.views.undo,
	};

	return (
		<Box flexDirection="column">
			<StepHeader step={stepNumber('review')} total={wizardSteps.length} title={text.title} />
			<Paragraph tone={theme.heading}>{headline}</Paragraph>
			{showLeftOut ? (
				<Paragraph tone={theme.status.warn.tone} {...(screenReader ? {} : {lead: theme.status.warn.symbol})}>
					{text.leftOut(facts.leftOut)}
				</Paragraph>
			) : null}
			{screenReader ? (
				<Box marginTop={1}>
					<Text>{`${text.views.label} ${views.map(name => (name === view ? `${viewLabels[name]}, ${text.shown}` : viewLabels[name])).join('; ')}`}</Text>
				</Box>
			) : (
				<Box marginTop={1} columnGap={2}>
					<Text {...theme.muted}>{text.views.label}</Text>
					{views.map(name => (
						<Text key={name} {...(name === view ? theme.heading : theme.muted)}>
							{name === view ? `[${viewLabels[name]}]` : viewLabels[name]}
						</Text>
					))}
				</Box>
			)}
			<Box flexDirection="column" marginTop={1}>
				{view === 'warnings' ? <WarningsView lines={warningLines} offset={warningOffset} height={paneHeight} whole={warnings} /> : null}
				{/* Hidden rather than unmounted: it folds the commands once, not at every Tab. */}
				<Box display={view === 'commands' ? 'flex' : 'none'} flexDirection="column">
					<CommandPreview commands={plan.steps} height={previewHeight} offset={commandOffset} />
				</Box>
				{view === 'undo' ? <UndoView undo={facts.undo} saved={Boolean(saved)} /> : null}
			</Box>
			{/* What happens on a failed grant, then what to do now: one block under the view. */}
			<Box flexDirection="column" marginTop={1}>
				{facts.grants > 0 ? (
					<Paragraph>
						<Text {...theme.muted}>{text.onError.label}</Text> {continueOnError ? text.onError.go : text.onError.stop}
						<Text {...theme.muted}>{` ${text.onError.change}`}</Text>
					</Paragraph>
				) : null}
				{mode === 'refused' ? (
					<Paragraph>
						<Text {...theme.status.fail.tone}>{`${screenReader ? '' : `${theme.status.fail.symbol} `}${text.blocking}:`}</Text> {text.refused}
					</Paragraph>
				) : null}
				{mode === 'save' ? (
					<>
						<TextField
							label={text.save.label}
							value={savePath}
							onChange={value => {
								setPathError(undefined);
								setSubmitted(false);
								setSavePath(value);
							}}
							onSubmit={value => {
								const typed = unquotePath(value);
								if (typed === '') {
									setPathError(text.save.needPath);
									return;
								}

								const path = /\.ps1$/i.test(typed) ? typed : `${typed}.ps1`;
								setSavePath(path);
								if (fileExists(path)) setMode('overwrite');
								else save(path);
							}}
							{...(pathError === undefined ? {} : {error: pathError})}
						/>
						{saveMessage === '' ? null : (
							<Box flexDirection="column" marginLeft={2}>
								<Paragraph tone={theme.status.fail.tone} {...(screenReader ? {} : {lead: theme.status.fail.symbol})}>
									{text.save.failed(saveMessage)}
								</Paragraph>
								{saveHint.map((line, index) => (
									// By position: hint lines are sentences that may repeat.
									<Paragraph key={index}>{line}</Paragraph>
								))}
							</Box>
						)}
						<Paragraph tone={theme.muted}>{text.save.help}</Paragraph>
					</>
				) : null}
				{mode === 'overwrite' ? (
					<Paragraph tone={theme.status.warn.tone} {...(screenReader ? {} : {lead: theme.status.warn.symbol})}>
						{text.save.exists(savePath)}
					</Paragraph>
				) : null}
				{mode === 'browse' || mode === 'confirm'
					? panel.map(line => (
							<Paragraph key={line} {...(mode === 'confirm' ? {tone: theme.heading} : {})}>
								{line}
							</Paragraph>
						))
					: null}
			</Box>
			<KeyHints hints={hints} />
		</Box>
	);
}

function hintsFor(mode: Mode, grants: boolean, text: Catalog['review'], ui: Catalog['ui']): KeyHint[] {
	switch (mode) {
		case 'confirm':
			return [
				{key: ui.keys.enter, action: text.keys.confirm},
				{key: ui.keys.escape, action: text.keys.cancel},
			];
		case 'save':
			return [
				{key: ui.keys.enter, action: text.keys.saveNow},
				{key: ui.keys.escape, action: text.keys.cancel},
			];
		case 'overwrite':
			return [
				{key: ui.keys.enter, action: text.keys.replace},
				{key: ui.keys.escape, action: text.keys.otherName},
			];
		default: {
			const list: KeyHint[] = [
				{key: 'r', action: text.keys.run},
				{key: 's', action: text.keys.save},
				{key: 'q', action: text.keys.quit},
				{key: ui.keys.tab, action: text.keys.views},
				{key: `${ui.keys.upDown} ${ui.keys.pageUpDown}`, action: ui.actions.scroll},
			];
			if (grants) list.push({key: 'e', action: text.keys.onError});
			list.push({key: ui.keys.escape, action: ui.actions.back});
			return list;
		}
	}
}

function clamp(value: number, max: number): number {
	return Math.min(Math.max(0, value), max);
}
