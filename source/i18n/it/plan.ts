import type {UnreadableRead} from '../../plan/plan.js';
import type {plan as english} from '../en/plan.js';
import {common} from './common.js';

function nameList(names: readonly string[], shownAtMost = 10): string {
	const shown = names.slice(0, shownAtMost).join(', ');
	return names.length > shownAtMost ? `${shown} e altri ${names.length - shownAtMost}` : shown;
}

function holderList(holders: ReadonlyArray<{identity: string; clientPolicy: string}>): string {
	return nameList(holders.map(holder => `${holder.identity} (${holder.clientPolicy})`));
}

function character(value: string): string {
	const code = `U+${(value.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
	return value === ' ' ? `uno spazio (${code})` : `"${value}" (${code})`;
}

function codePoint(value: number): string {
	return `U+${value.toString(16).toUpperCase().padStart(4, '0')}`;
}

function policyLabel(subject: string): string {
	if (subject === 'Global') return 'il criterio Global';
	if (subject.toLowerCase().startsWith('site:')) return `il criterio del sito ${subject.slice(5)}`;
	return `il criterio per utente ${subject.replace(/^tag:/i, '')}`;
}

/** "nel criterio ...", "del criterio ...": every label starts with the article "il". */
function withPreposition(preposition: 'nel' | 'del', subject: string): string {
	return `${preposition}${policyLabel(subject).slice('il'.length)}`;
}

function users(count: number): string {
	return count === 1 ? '1 utente' : `${count} utenti`;
}

function readLabel(read: UnreadableRead): string {
	switch (read.kind) {
		case 'read-policy':
			return policyLabel(read.subject ?? '');
		case 'read-per-user-policies':
			return 'l’elenco dei criteri client per utente';
		case 'read-policy-holders':
			return 'l’elenco degli utenti che hanno un criterio client per utente';
		case 'read-im-configurations':
			return 'le configurazioni IM (l’interruttore del server)';
		case 'read-pools':
			return 'l’elenco dei pool e dei loro siti';
		case 'read-site-policies':
			return 'l’elenco dei criteri client dei siti';
	}
}

/** Una configurazione IM dal suo soggetto (`Global`, `site:Redmond`). */
function configurationLabel(subject: string): string {
	return subject.toLowerCase().startsWith('site:') ? `la configurazione IM del sito ${subject.slice(5)}` : 'la configurazione IM Global';
}

/** "nella configurazione ...", "della configurazione ...": every label starts with "la". */
function configurationWith(preposition: 'nella' | 'della', subject: string): string {
	return `${preposition}${configurationLabel(subject).slice('la'.length)}`;
}

function configurationList(subjects: readonly string[]): string {
	return nameList(subjects.map(subject => configurationWith('nella', subject)));
}

function onOff(value: boolean): string {
	return value ? 'attivo' : 'disattivato';
}

function firstLine(message: string): string {
	return message.split(/\r?\n/, 1)[0]!.trim();
}

export const plan: typeof english = {
	nameList,

	change: state => (state === 'on' ? 'attivare i messaggi istantanei offline' : 'disattivare i messaggi istantanei offline'),

	forWhom: scope => {
		switch (scope.kind) {
			case 'global':
				return 'tutta l’organizzazione (il criterio client Global)';
			case 'site':
				return `gli utenti del sito ${scope.site} (il criterio client del sito)`;
			case 'users':
				return `${users(scope.users.length)}, tramite il criterio client per utente ${scope.policy}`;
		}
	},

	target: target => {
		const signIn = target.signIn.kind === 'credential' ? `, accesso come ${target.signIn.userName}` : '';
		if (target.kind === 'online') {
			return `Skype for Business Online (dismesso da Microsoft il 31 luglio 2021)${target.adminDomain ? `, dominio amministrativo ${target.adminDomain}` : ''}${signIn}`;
		}

		if (target.pool) return `Skype for Business Server, sessione remota verso il pool ${target.pool}${signIn}`;
		return `Skype for Business Server, il modulo ${target.module ?? 'SkypeForBusiness'} su questo computer (il tuo account Windows)`;
	},

	script: {
		title: version => `offline-im ${version}: script PowerShell`,
		what: 'Cosa:',
		forWhom: 'Per:',
		target: 'Destinazione:',
		planned: 'Preparato:',
		plannedAt: createdAt => `${createdAt} (non è stato ancora eseguito nulla)`,
		rehearsal: 'PROVA: preparato con --simulate per il tenant simulato; non cambia nulla di reale.',
		warnings: 'Prima di eseguirlo:',
		howToRun: [
			'Eseguilo in Windows PowerShell a 64 bit (non in "Windows PowerShell (x86)"), come amministratore di Skype for Business.',
			'Si ferma al primo errore. Il passo 2 stampa i valori attuali: conserva quell’output, serve al ripristino.',
			'Conserva il file in UTF-8 con BOM, come lo scrive offline-im: Windows PowerShell 5.1 legge male i nomi in un file senza BOM.',
		],
		stopOnError: 'Fermarsi al primo errore invece di proseguire con il comando successivo.',
		formatList:
			'Le letture finiscono con Format-List perché ogni risultato venga stampato per intero (una tabella prende le colonne solo dal primo oggetto).',
		phase: phase => {
			switch (phase) {
				case 'connect':
					return 'Connessione';
				case 'read':
					return 'Lettura dei valori attuali (conserva questo output: il ripristino li rimette)';
				case 'change':
					return 'Modifica';
				case 'verify':
					return 'Rilettura: verifica che la modifica sia applicata';
			}
		},
	},

	purpose: step => {
		const subject = step.subject ?? '';
		switch (step.kind) {
			case 'import-module':
				return subject === 'SkypeOnlineConnector'
					? 'Carica il modulo Skype for Business Online Connector (serve in ogni nuova sessione).'
					: `Carica il modulo ${subject} (serve in ogni nuova sessione).`;
			case 'credential':
				return `Chiede la password di ${subject}.`;
			case 'new-session':
				return step.command.includes('New-CsOnlineSession')
					? 'Apre una sessione verso Skype for Business Online.'
					: `Apre una sessione remota verso il pool ${subject}.`;
			case 'import-session':
				return 'Porta in questa finestra i cmdlet di Skype for Business della sessione.';
			case 'read-policy':
				return `Legge ${policyLabel(subject)} com’è adesso.`;
			case 'read-per-user-policies':
				return 'Elenca i criteri client per utente esistenti.';
			case 'read-policy-holders':
				return 'Elenca gli utenti che hanno un criterio client per utente (la modifica non li raggiunge).';
			case 'read-user':
				return `Legge il criterio client per utente di ${subject}.`;
			case 'read-im-configurations':
				return 'Legge l’interruttore del server: ogni configurazione IM (Global e dei siti) con il suo EnableOfflineIm.';
			case 'read-pools':
				return 'Elenca i pool e i loro siti (il pool di registrazione di un utente dà il suo sito).';
			case 'read-site-policies':
				return 'Elenca i criteri client dei siti (il criterio Global non raggiunge gli utenti di quei siti).';
			case 'new-im-configuration':
				return step.effect?.kind === 'server-switch' && step.effect.created === 'if-missing'
					? `${step.effect.to ? 'Attiva' : 'Disattiva'} l’interruttore del server per il sito ${subject.slice(5)}: modifica la sua configurazione IM, o ne crea una se non ce l’ha.`
					: `Crea per il sito ${subject.slice(5)} una configurazione IM propria con l’interruttore del server ${step.effect?.kind === 'server-switch' ? onOff(step.effect.to) : ''} (gli altri siti mantengono la loro).`;
			case 'set-im-configuration':
				return step.effect?.kind === 'server-switch'
					? `${step.effect.to ? 'Attiva' : 'Disattiva'} l’interruttore del server ${configurationWith('nella', subject)} (EnableOfflineIm).`
					: `Modifica ${configurationLabel(subject)}.`;
			case 'verify-im-configuration':
				return `Controlla l’interruttore del server ${configurationWith('nella', subject)}.`;
			case 'new-policy':
				return step.effect?.kind === 'policy-created' && step.effect.conditional
					? `Crea ${policyLabel(subject)} se non esiste ancora.`
					: `Crea ${policyLabel(subject)}.`;
			case 'set-policy':
				return step.effect?.kind === 'policy-value'
					? `${step.effect.to === null ? 'Toglie l’impostazione dei' : step.effect.to ? 'Attiva i' : 'Disattiva i'} messaggi offline ${withPreposition('nel', subject)}.`
					: `Modifica ${policyLabel(subject)}.`;
			case 'grant':
				return step.effect?.kind === 'user-policy'
					? `Assegna a ${subject} il criterio per utente ${step.effect.to}.`
					: `Assegna a ${subject} il criterio per utente.`;
			case 'verify-policy':
				return `Controlla ${policyLabel(subject)}.`;
			case 'verify-user':
				return `Controlla il criterio client per utente di ${subject}.`;
		}
	},

	userSteps: (kind, count, policy) => {
		switch (kind) {
			case 'read-user':
				return `Legge l’attuale criterio client per utente di ${users(count)}.`;
			case 'grant':
				return `Assegna a ${users(count)} il criterio per utente ${policy} (sostituisce qualsiasi criterio client per utente già assegnato).`;
			case 'verify-user':
				return `Controlla che ${count === 1 ? '1 utente abbia' : `${count} utenti abbiano`} ora il criterio per utente ${policy}.`;
		}
	},

	rollback: {
		title: version => `offline-im ${version}: script di RIPRISTINO`,
		undoes: 'Annulla:',
		when: [
			'Usalo solo per annullare lo script di questo piano dopo che è stato eseguito (tutto, o la parte eseguita).',
			'Rimette i valori letti prima della modifica, in ordine inverso, poi li rilegge.',
		],
		fillIn:
			'PRIMA DI ESEGUIRLO: questo piano è stato preparato senza leggere il tenant. Compila ogni riga segnata DA COMPILARE qui sotto con il valore stampato dal passo 2 dello script.',
		previousPoliciesUnknown:
			'I criteri client per utente assegnati prima non erano noti: questo ripristino toglie il criterio per utente a ogni utente. Riassegna il criterio precedente a chi ne aveva un altro (il passo 2 dello script lo ha stampato).',
		placeholder: placeholder => {
			switch (placeholder.kind) {
				case 'previous-value':
					return `DA COMPILARE: EnableIMAutoArchiving ${withPreposition('del', placeholder.subject)} come il passo 2 lo ha stampato prima della modifica: $true, $false, oppure $null se era vuoto (non impostato).`;
				case 'policy-created':
					return `DA COMPILARE: $true solo se il passo 2 non ha trovato ${policyLabel(placeholder.subject)} (quindi lo ha creato lo script); altrimenti lascia $false, perché rimuoverlo lo toglierebbe a tutti quelli che lo hanno.`;
				case 'previous-offline-im':
					return `DA COMPILARE: EnableOfflineIm ${configurationWith('della', placeholder.subject)} come il passo 2 lo ha stampato prima della modifica: $true o $false.`;
				case 'im-configuration-created':
					return `DA COMPILARE: $true solo se il passo 2 non ha elencato ${configurationLabel(placeholder.subject)} (quindi l’ha creata lo script); altrimenti lascia $false.`;
			}
		},
		undo: 'Annullamento, in ordine inverso',
		readBack: 'Rilettura: i valori come sono adesso',
		purpose: step => {
			const subject = step.subject ?? '';
			switch (step.kind) {
				case 'new-policy':
					return `Rimuove ${policyLabel(subject)}, creato dallo script. Senza -Force di proposito: se qualche utente lo ha ancora (assegnato da un’esecuzione successiva), PowerShell chiede prima conferma; rispondi No per lasciarlo a chi lo ha.`;
				case 'set-policy':
					return step.effect?.kind === 'policy-value' && step.effect.from !== undefined
						? `Riporta ${policyLabel(subject)} al valore di prima: ${common.archivingValue(step.effect.from)}.`
						: `Riporta ${policyLabel(subject)} al valore che aveva prima della modifica.`;
				case 'set-im-configuration':
					return step.effect?.kind === 'server-switch' && step.effect.from !== undefined
						? `Riporta l’interruttore del server ${configurationWith('nella', subject)} al valore di prima: ${onOff(step.effect.from)}.`
						: `Riporta l’interruttore del server ${configurationWith('nella', subject)} al valore che aveva prima della modifica.`;
				case 'new-im-configuration':
					return step.effect?.kind === 'server-switch' && step.effect.created === 'if-missing'
						? `Rimuove ${configurationLabel(subject)} se l’ha creata lo script, altrimenti ne riporta l’interruttore al valore di prima.`
						: `Rimuove ${configurationLabel(subject)}, creata dallo script (il sito torna a seguire Global).`;
				default:
					return `Annulla: ${step.command}`;
			}
		},
		grants: count =>
			`Restituisce a ${users(count)} il criterio client per utente che ${count === 1 ? 'aveva' : 'avevano'} prima (o nessuno).`,
	},

	warning: warning => {
		switch (warning.kind) {
			case 'online-retired':
				return 'Microsoft ha dismesso Skype for Business Online il 31 luglio 2021, quindi questa connessione non riuscirà. Lo script segue l’articolo di Microsoft come riferimento; per un’installazione locale usa la destinazione Server.';
			case 'global-skips-per-user-holders': {
				const policy = warning.site ? `Il criterio del sito ${warning.site}` : 'Il criterio Global';
				const base = `${policy} non raggiunge gli utenti che hanno un criterio client per utente: per loro vale l’impostazione di quel criterio.`;
				if (!warning.holders) return base;
				if (warning.holders.length === 0) return `${base} Al momento nessun utente ne ha uno.`;
				return `${base} ${warning.holders.length === 1 ? 'Un utente ne ha uno' : `${warning.holders.length} utenti ne hanno uno`}: ${holderList(warning.holders)}.`;
			}

			case 'grant-replaces-policy': {
				const base = 'Assegnare il criterio sostituisce qualsiasi criterio client per utente che l’utente ha già (un utente ne ha al massimo uno).';
				if (!warning.users) return base;
				if (warning.users.length === 0) return `${base} Al momento nessuno di questi utenti ne ha un altro.`;
				return `${base} ${warning.users.length === 1 ? 'Un utente ne ha già un altro' : `${warning.users.length} utenti ne hanno già un altro`}: ${holderList(warning.users)}.`;
			}

			case 'off-stops-outlook-history':
				return 'Disattivare i messaggi offline interrompe anche il salvataggio automatico delle conversazioni di messaggistica istantanea nella Cronologia conversazioni di Outlook per questi utenti (come descrive EnableIMAutoArchiving la documentazione del cmdlet).';
			case 'click-to-run-only':
				return 'Solo i client Skype for Business A portata di clic recenti supportano i messaggi offline (le installazioni MSI no). I messaggi vengono recapitati nella cassetta postale, non archiviati lì.';
			case 'rollback-value-unknown':
				return 'Questo piano è stato preparato senza leggere il tenant, quindi i valori da ripristinare non sono ancora noti: li stampa il passo 2 dello script. Inseriscili nello script di ripristino prima di usarlo.';
			case 'users-not-found':
				return warning.users.length === 1
					? `Un utente non è stato trovato ed è escluso: ${nameList(warning.users)}.`
					: `${warning.users.length} utenti non sono stati trovati e sono esclusi: ${nameList(warning.users)}.`;
			case 'users-ambiguous': {
				const names = warning.users.map(user => (user.matches === undefined ? user.identity : `${user.identity} (${users(user.matches)})`));
				return `${warning.users.length === 1 ? 'Un nome corrisponde' : `${warning.users.length} nomi corrispondono`} a più utenti ${warning.users.length === 1 ? 'ed è escluso' : 'e sono esclusi'}: ${nameList(names)}. Indica ogni utente con l’indirizzo SIP o il nome dell’entità utente (UPN), che identificano un solo utente.`;
			}

			case 'users-unreadable': {
				const names = warning.users.map(user => (user.error ? `${user.identity} (${firstLine(user.error)})` : user.identity));
				return warning.users.length === 1
					? `Un utente non è stato letto, quindi non si sa se esiste, ed è escluso: ${nameList(names)}. Controlla le tue autorizzazioni e la connessione, poi prepara di nuovo il piano.`
					: `${warning.users.length} utenti non sono stati letti, quindi non si sa se esistono, e sono esclusi: ${nameList(names)}. Controlla le tue autorizzazioni e la connessione, poi prepara di nuovo il piano.`;
			}

			case 'output-unreadable':
				return `Non è stato possibile leggere l’output di PowerShell per ${warning.reads.map(readLabel).join(', ')}: quei valori sono considerati sconosciuti, non assenti.`;
			case 'policy-exists':
				return warning.reused
					? `Il criterio per utente ${warning.policy} esiste già e viene riutilizzato: modificarlo cambia i messaggi offline anche per chi lo ha già.`
					: `Il criterio per utente ${warning.policy} esiste già, quindi New-CsClientPolicy non riuscirà. Scegli invece di riutilizzarlo.`;
			case 'policy-missing':
				return `Il criterio per utente ${warning.policy} non esiste, quindi Set-CsClientPolicy non riuscirà. Scegli invece di crearlo.`;
			case 'no-users-left':
				return `A nessuno degli utenti si può assegnare il criterio, quindi non c’è nulla da eseguire: il criterio ${warning.policy} resta com’è (modificarlo lo cambierebbe solo per chi lo ha già). Correggi i nomi, poi prepara di nuovo il piano.`;
			case 'server-switch-turned-on':
				return `L’interruttore del server (EnableOfflineIm) è disattivato ${configurationList(warning.configurations)}, che decide per questi utenti: finché è disattivato non possono inviare messaggi offline, qualunque cosa dica il loro criterio client. Il piano lo attiva, quindi potranno inviare messaggi offline anche tutti gli altri utenti che governa e il cui criterio client lo consente, non solo questi. Per lasciarlo com’è, prepara il piano con --server-switch leave.`;
			case 'server-switch-left-off':
				return `L’interruttore del server (EnableOfflineIm) è disattivato ${configurationList(warning.configurations)} e il piano lo lascia così: dopo la modifica questi utenti non potranno comunque inviare messaggi offline. Attivalo con Set-CsImConfiguration, o prepara di nuovo il piano senza --server-switch leave.`;
			case 'off-by-server-switch':
				return `${warning.site ? `Per il sito ${warning.site}` : 'Per tutta l’organizzazione'} i messaggi offline vengono disattivati con l’interruttore del server (Set-CsImConfiguration -EnableOfflineIm $false): raggiunge tutti gli utenti ${warning.site ? 'di quel sito' : 'dell’organizzazione'}, anche quelli con un criterio client per utente, e lascia com’è il salvataggio delle conversazioni nella Cronologia conversazioni di Outlook. Il criterio client (EnableIMAutoArchiving $false) non raggiungerebbe chi ha un criterio per utente e fermerebbe anche quel salvataggio; per usarlo comunque, prepara il piano con --server-switch leave.`;
			case 'server-switch-unknown': {
				const why =
					warning.reason === 'not-read'
						? 'Questo piano è stato preparato senza leggere l’interruttore del server (Get-CsImConfiguration); il passo 2 dello script lo stampa.'
						: warning.reason === 'no-cmdlet'
							? 'Questo server non ha Get-CsImConfiguration: l’interruttore del server esiste dall’aggiornamento di giugno 2016 di Skype for Business Server 2015.'
							: `Non è stato possibile leggere l’interruttore del server${warning.error ? ` (${firstLine(warning.error)})` : ''}.`;
				return warning.fallback
					? `${why} Quindi il piano disattiva i messaggi offline tramite il criterio client.`
					: `${why} I messaggi offline richiedono anche EnableOfflineIm attivo nella configurazione IM del sito degli utenti (o in quella Global).`;
			}

			case 'global-skips-site-policies': {
				const base = 'Il criterio Global non raggiunge gli utenti di un sito che ha un criterio client proprio: mantengono l’impostazione di quel criterio.';
				if (!warning.sites) return base;
				if (warning.sites.length === 0) return `${base} Al momento nessun sito ne ha uno.`;
				const list = nameList(warning.sites.map(site => `${site.identity.replace(/^site:/i, '')} (${common.archivingValue(site.enableIMAutoArchiving)})`));
				return `${base} ${warning.sites.length === 1 ? '1 sito ne ha uno' : `${warning.sites.length} siti ne hanno uno`}: ${list}.`;
			}

			case 'site-policy-missing':
				return `Il sito ${warning.site} non ha un criterio client proprio, quindi Set-CsClientPolicy non riuscirà. Crealo prima con New-CsClientPolicy -Identity site:${warning.site} (un nuovo criterio parte dalle impostazioni predefinite, non da quelle del criterio Global).`;
		}
	},

	problem: problem => {
		switch (problem.kind) {
			case 'empty':
				return 'è vuoto';
			case 'control-character':
				return `contiene un carattere di controllo (${codePoint(problem.codePoint)}) alla posizione ${problem.position}: i nomi non possono contenere a capo, tabulazioni o altri caratteri di controllo`;
			case 'bidi-control':
				return `contiene un controllo invisibile della direzione del testo (${codePoint(problem.codePoint)}) alla posizione ${problem.position}, che lo farebbe apparire diverso da ciò che viene eseguito`;
			case 'lone-surrogate':
				return `contiene un carattere Unicode danneggiato alla posizione ${problem.position}`;
			case 'too-long':
				return `è lungo ${problem.length} caratteri; il limite è ${problem.max}`;
			case 'wildcard':
				return `contiene * (alla posizione ${problem.position}), che Skype for Business interpreta come carattere jolly: un carattere jolly raggiungerebbe ogni utente corrispondente, quindi indica ogni utente per nome`;
			case 'policy-name-character':
				return `il nome di un criterio può contenere solo lettere, cifre, - e _ (trovato ${character(problem.character)})`;
			case 'policy-name-global':
				return 'Global è il criterio dell’intera organizzazione, non un criterio per utente: scegli tutta l’organizzazione, oppure un altro nome';
			case 'policy-name-prefix':
				return problem.prefix === 'tag:'
					? 'scrivi il nome del criterio senza tag: davanti'
					: 'il nome di un criterio per utente non può iniziare con site: (per un sito scegli l’ambito sito)';
			case 'site-name-character':
				return `il nome di un sito può contenere solo lettere, cifre, -, _ e . (trovato ${character(problem.character)})`;
			case 'url-not-hostname':
				return 'indica solo il nome host (per esempio pool01.contoso.com), senza https:// né percorso';
			case 'hostname-character':
				return `un nome host può contenere solo lettere, cifre, - e . (trovato ${character(problem.character)})`;
			case 'hostname-label':
				return `"${problem.label}" non è una parte valida di un nome host: ogni parte tra i punti ha da 1 a 63 lettere, cifre o -, e non inizia né finisce con -`;
			case 'hostname-needs-dot':
				return 'indica il nome completo con il dominio, per esempio pool01.contoso.com';
			case 'hostname-numeric':
				return 'è un indirizzo IP: indica il nome host completo, quello riportato nel certificato del server';
			case 'too-many-users':
				return `${problem.count} utenti sono più di quanti ne possa contenere un piano (${problem.max}): dividi l’elenco`;
		}
	},

	usersFileProblem: problem => {
		switch (problem.kind) {
			case 'invalid':
				return plan.problem(problem.problem);
			case 'empty-cell':
				return `la colonna ${problem.column} è vuota`;
			case 'missing-cell':
				return `la riga non ha la colonna ${problem.column}`;
			case 'extra-fields':
				return `la riga ha ${problem.fields} campi ma l’intestazione ne ha ${problem.expected}: metti tra virgolette doppie un valore che contiene il separatore`;
			case 'unterminated-quote':
				return 'un valore tra virgolette non è chiuso (manca un ")';
			case 'misplaced-quote':
				return 'un " è nel posto sbagliato: metti tra virgolette un valore dal primo all’ultimo carattere, e raddoppia le virgolette al suo interno ("")';
			case 'csv-syntax':
				return `la riga non è un CSV valido (${problem.message})`;
		}
	},

	found: found => {
		switch (found.kind) {
			case 'policy-value':
				return `${found.identity}: messaggi offline ${common.archivingValue(found.enableIMAutoArchiving)}`;
			case 'policy-missing':
				return 'il criterio non esiste';
			case 'user-policy':
				return found.clientPolicy === null ? 'nessun criterio client per utente' : `criterio client per utente ${found.clientPolicy}`;
			case 'im-configuration':
				return `${found.identity}: interruttore del server ${onOff(found.enableOfflineIm)}`;
			case 'im-configuration-missing':
				return 'la configurazione IM non esiste';
			case 'user-missing':
				return 'l’utente non è stato trovato';
			case 'user-ambiguous':
				return `il nome corrisponde a ${found.matches} utenti`;
			case 'unreadable':
				return 'non è stato possibile leggere l’output di PowerShell';
			case 'error':
				return `la rilettura non è riuscita: ${found.message}`;
		}
	},
};
