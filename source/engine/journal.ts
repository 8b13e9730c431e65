/**
 * The record of a run: JSON lines, one event each, written before the run goes on, so that after
 * a crash or Ctrl+C the file tells exactly what ran. Every command is written before it is sent
 * and its result after it answers. What can change the tenant (and the plan before it) is also
 * flushed to disk at once, so that even a power cut cannot hide a change; what only reads
 * (checks, reads, read-back) is flushed with the next change or when the run ends: the cost of a
 * flush per read request was most of the journal's share of a run (npm run bench).
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

	/** Writes the events as one write and flushes them (and anything noted before) to disk. */
	append(...events: JournalEvent[]): void {
		if (!this.write(events)) return;
		// The data and the file's new length on disk; other metadata (times) need not wait.
		fdatasyncSync(this.descriptor);
	}

	/** Writes events about reads: in the file at once, on disk with the next flush. */
	note(...events: JournalEvent[]): void {
		this.write(events);
	}

	close(): void {
		if (this.closed) return;
		this.closed = true;
		fdatasyncSync(this.descriptor);
		closeSync(this.descriptor);
	}

	private write(events: JournalEvent[]): boolean {
		if (this.closed || events.length === 0) return false;
		const at = new Date().toISOString();
		writeSync(this.descriptor, events.map(event => JSON.stringify({at, ...event})).join('\n') + '\n');
		return true;
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
