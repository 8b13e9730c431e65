import type {common as english} from '../en/common.js';

export const common: typeof english = {
	productName: 'offline-im',
	rehearsalBanner: 'PROVA: tenant simulato, non cambia nulla di reale',
	yes: 'sì',
	no: 'no',
	archivingValue: value =>
		value === null ? 'non impostato (predefinito del client: attivato)' : value ? 'attivato' : 'disattivato',
};
