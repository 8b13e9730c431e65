import type {prerequisites as english} from '../en/prerequisites.js';

const checks = (count: number): string => `${count} ${count === 1 ? 'controllo' : 'controlli'}`;

export const prerequisites: typeof english = {
	title: 'Controlla questo computer',
	intro: {
		'server-local': 'Verifico che questo computer possa usare gli strumenti di amministrazione di Skype for Business Server.',
		'server-pool': 'Verifico che questo computer possa gestire da remoto un pool di Skype for Business Server.',
		online: 'Verifico che questo computer possa connettersi a Skype for Business Online.',
	},
	stage: {
		locate: 'Cerco PowerShell',
		start: 'Avvio PowerShell',
		probe: 'Chiedo a PowerShell come è configurato (versione, 64 bit, moduli, criteri di esecuzione)',
		pool: 'Risolvo il nome del pool',
		done: 'Valuto i risultati',
	},
	patience: 'Il primo avvio può richiedere un minuto, mentre PowerShell si carica.',
	allPassed: 'Tutti i controlli sono superati. Premi Invio per connetterti.',
	warningsOnly: count =>
		`${count === 1 ? 'Un avviso' : `${count} avvisi`}: ${count === 1 ? 'leggilo' : 'leggili'}, ma non ${count === 1 ? 'blocca' : 'bloccano'}. Premi Invio per connetterti.`,
	blocked: (count, titles) =>
		`${count === 1 ? 'Un controllo non è superato' : `${checks(count)} non sono superati`}, quindi non puoi ancora proseguire: ${titles}.`,
	refused: (count, titles) =>
		`Invio non può proseguire finché ${count === 1 ? 'questo controllo non è superato' : 'questi controlli non sono superati'}: ${titles}.`,
	blockedNext: 'Ogni controllo non superato qui sopra spiega il motivo e il rimedio. Risolvi, poi premi r per ripetere i controlli.',
	practise: 'Per fare una prova senza PowerShell: Esc, poi S nella prima schermata.',
	above: count => `${checks(count)} sopra (Su per vedere)`,
	below: count => `${checks(count)} sotto (Giù per vedere)`,
	keys: {
		connect: 'connettiti',
		runAgain: 'ripeti i controlli',
	},
};
