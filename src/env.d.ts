declare namespace App {
	/** What a record page hands to the components that render its body (CitedParagraph). */
	interface Locals {
		/** The record's citation and address, for each paragraph's own citation. */
		paragraphCitation?: { citation: string; recordUrl: string; site: string | undefined };
	}
}
