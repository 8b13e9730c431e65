import {Box, Text} from 'ink';
import {useMemo, useState} from 'react';
import useLatestInput from '../hooks/use-latest-input.js';
import type {Language} from '../../i18n/language.js';
import KeyHints, {type KeyHint} from '../components/KeyHints.js';
import Notice from '../components/Notice.js';
import Paragraph from '../components/Paragraph.js';
import StepHeader from '../components/StepHeader.js';
import useLanguage from '../hooks/use-language.js';
import useMessages from '../hooks/use-messages.js';
import useTheme from '../hooks/use-theme.js';
import type {TargetKind} from '../wizard/types.js';
import SelectList, {type SelectItem} from '../components/SelectList.js';

export type Props = {
	/** The target highlighted at first (the one chosen last time). */
	readonly target: TargetKind;
	/** Rehearsal against a simulated tenant: nothing real changes. */
	readonly rehearsal: boolean;
	/** The PowerShell that will run (its path); absent when none was found. */
	readonly powershell?: string;
	/** Started with `--simulate`: rehearsal cannot be turned off. */
	readonly rehearsalLocked: boolean;
	/** A warning already in the admin's language, e.g. that a broken settings file was reset. */
	readonly settingsNotice?: string;
	/** L: switch between English and Italiano. */
	readonly onLanguage: (language: Language) => void;
	/** S: turn rehearsal on or off (not when locked). */
	readonly onRehearsal: (on: boolean) => void;
	/** Enter on a target: go on to the checks for it. */
	readonly onContinue: (target: TargetKind) => void;
	/** q: leave the wizard (Esc does nothing here, so that pressing it to go back never quits). */
	readonly onQuit: () => void;
};

const targets: readonly TargetKind[] = ['server-local', 'server-pool', 'online'];

/**
 * The first screen, before "Step 1 of 7": what the tool does, which PowerShell it found, whether
 * this is a rehearsal, and which Skype for Business to manage.
 */
export default function Welcome({target, rehearsal, powershell, rehearsalLocked, settingsNotice, onLanguage, onRehearsal, onContinue, onQuit}: Props) {
	const {common, ui, welcome} = useMessages();
	const theme = useTheme();
	const language = useLanguage();
	const [highlighted, setHighlighted] = useState<TargetKind>(target);

	useLatestInput(input => {
		if (input === 'q' || input === 'Q') {
			onQuit();
		} else if (input === 'l' || input === 'L') {
			onLanguage(language === 'en' ? 'it' : 'en');
		} else if ((input === 's' || input === 'S') && !rehearsalLocked) {
			onRehearsal(!rehearsal);
		}
	});

	const choices = useMemo<Array<SelectItem<TargetKind>>>(() => targets.map(value => ({value, label: welcome.targets[value]})), [welcome]);

	const hints: KeyHint[] = [
		{key: ui.keys.upDown, action: welcome.keys.choose},
		{key: ui.keys.enter, action: ui.actions.continue},
		{key: 'L', action: welcome.keys.otherLanguage},
		...(rehearsalLocked ? [] : [{key: 'S', action: rehearsal ? welcome.keys.rehearsalOff : welcome.keys.rehearsalOn}]),
		{key: 'q', action: ui.actions.quit},
	];

	const rehearsalText = rehearsal
		? `${welcome.rehearsalOn}${rehearsalLocked ? ` ${welcome.rehearsalLocked}` : ''}`
		: powershell === undefined
			? welcome.rehearsalOffMissing
			: welcome.rehearsalOff;

	return (
		<Box flexDirection="column">
			<StepHeader title={`${common.productName} - ${welcome.title}`} />
			{/* A settings notice means the wizard ran here before: it takes the intro's place, so
			    that the screen still fits 24 rows. */}
			{settingsNotice === undefined ? (
				<Box flexDirection="column" marginBottom={1}>
					{welcome.intro.map(sentence => (
						<Paragraph key={sentence}>{sentence}</Paragraph>
					))}
				</Box>
			) : (
				<Box marginBottom={1}>
					<Notice title={settingsNotice} />
				</Box>
			)}
			<Box flexDirection="column" marginBottom={1}>
				<Paragraph>
					<Text {...theme.heading}>{welcome.powershellLabel}</Text>{' '}
					{powershell === undefined ? welcome.powershellMissing : <Text {...theme.command}>{powershell}</Text>}
				</Paragraph>
				<Paragraph>
					<Text {...theme.heading}>{welcome.rehearsalLabel}</Text> {rehearsalText}
				</Paragraph>
				<Paragraph>
					<Text {...theme.heading}>{welcome.languageLabel}</Text> {welcome.languageName} {welcome.languageSwitch}
				</Paragraph>
			</Box>
			<Text {...theme.heading}>{welcome.question}</Text>
			<SelectList items={choices} initial={target} onSelect={onContinue} onHighlight={setHighlighted} />
			<Box marginLeft={2}>
				<Paragraph tone={highlighted === 'online' ? theme.status.warn.tone : theme.muted}>{welcome.targetHelp[highlighted]}</Paragraph>
			</Box>
			<KeyHints hints={hints} />
		</Box>
	);
}
