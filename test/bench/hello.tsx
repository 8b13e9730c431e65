/**
 * The yardstick for the wizard's start: the smallest interactive Ink program, one Text, bundled
 * exactly as the program is (scripts/build.mjs). useInput puts the terminal in raw mode, as the
 * wizard does, and keeps the program open until Ctrl+C. The text may be given as an argument.
 */
import {render, Text, useInput} from 'ink';

function Hello({text}: {readonly text: string}) {
	useInput(() => {});
	return <Text>{text}</Text>;
}

render(<Hello text={process.argv[2] ?? 'Hello from Ink'} />);
