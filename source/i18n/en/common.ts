export const common = {
	productName: 'offline-im',
	rehearsalBanner: 'REHEARSAL: simulated tenant, nothing real changes',
	yes: 'yes',
	no: 'no',
	/** EnableIMAutoArchiving as a person reads it. */
	archivingValue: (value: boolean | null): string =>
		value === null ? 'not set (client default: on)' : value ? 'on' : 'off',
};
