/**
 * The record of a run: JSON lines, one event each, written and flushed to disk before the run
 * goes on, so that after a crash, Ctrl+C or a power cut the file tells exactly what ran. Every
 * command is written before it is sent and its result after it answers.
 */
import {closeSync, fdatasyncSync, mkdirSync, openSync, writeSync} from 'node:fs';
import path from 'node:path';

export type JournalEvent = {type: string; [field: string]: unknown};

export class Journal {
	/** Opens (appending) or creates the journal file and its folder. */
	static open(file: string): Journal {
		mkdirSync(path.dirname(file), {recursive: true});
		return new Journal(file, openSync(file, 'a', 0o600));
	}

	private closed = false;

	private constructor(
		readonly file: string,
		private readonly descriptor: number,
	) {}

	/** Writes the events as one write and one flush to disk; each gets a timestamp. */
	append(...events: JournalEvent[]): void {
		if (this.closed || events.length === 0) return;
		const at = new Date().toISOString();
		const text = events.map(event => JSON.stringify({at, ...event})).join('\n') + '\n';
		writeSync(this.descriptor, text);
		// The data and the file's new length on disk; other metadata (times) need not wait.
		fdatasyncSync(this.descriptor);
	}

	close(): void {
		if (this.closed) return;
		this.closed = true;
		closeSync(this.descriptor);
	}
}

/**
 * `offline-im-20261127-054012-123-4567.jsonl` under the folder: sortable, and one per run even
 * when two runs start in the same second (milliseconds and the process id).
 */
export function defaultJournalPath(folder: string, now: Date = new Date(), pid: number = process.pid): string {
	const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '-').slice(0, 19);
	return path.join(folder, 'journal', `offline-im-${stamp}-${pid}.jsonl`);
}

/** The rollback script for what actually ran, beside the journal. */
export function rollbackPathFor(journalFile: string): string {
	return journalFile.replace(/\.jsonl?$/i, '') + '.rollback.ps1';
}
