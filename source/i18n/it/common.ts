import type {common as english} from '../en/common.js';

export const common: typeof english = {
	productName: 'offline-im',
	rehearsalBanner: 'PROVA: tenant simulato, non cambia nulla di reale',
	rehearsalEngine: powershell =>
		powershell
			? `Prova sul tuo PowerShell (${powershell}): i controlli sono reali; il modulo Skype for Business e il tenant sono simulati.`
			: 'Prova sul simulatore di PowerShell (nessun PowerShell trovato): i controlli e il tenant sono simulati.',
	yes: 'sì',
	no: 'no',
	archivingValue: value =>
		value === null ? 'non impostato (predefinito del client: attivato)' : value ? 'attivato' : 'disattivato',
	onOff: value => (value ? 'attivo' : 'disattivato'),
};
