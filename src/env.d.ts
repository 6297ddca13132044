declare namespace App {
	/** What a record page hands to the components that render its body (CitedParagraph). */
	interface Locals {
		/** The record's citation and address, for each paragraph's own citation. */
		paragraphCitation?: { citation: string; recordUrl: string; site: string | undefined };
	}
}

/** Each record's revision history, read from git once per build (src/integrations/recordHistory.ts). */
declare module 'virtual:library/record-history' {
	const histories: { records: Record<string, import('./lib/recordHistory.ts').RecordHistory> };
	export default histories;
}

/** The deployer's correction channel, from CORRECTIONS_URL / CORRECTIONS_EMAIL (src/integrations/correctionChannel.ts). */
declare module 'virtual:library/correction-channel' {
	const channel: import('./lib/correctionChannel.ts').CorrectionChannel;
	export default channel;
}
