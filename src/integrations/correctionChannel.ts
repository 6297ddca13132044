import type { AstroIntegration } from 'astro';
import { hasChannel, readCorrectionChannel } from '../lib/correctionChannel.ts';
import { virtualModule } from './virtualModule.ts';

/** The module pages import the channel from: `{ url?, email? }`. */
export const correctionChannelModule = 'virtual:library/correction-channel';

/**
 * The correction channel the deployer configures (CORRECTIONS_URL, CORRECTIONS_EMAIL), given to the
 * pages as a module. A malformed value fails the build, naming the variable; none at all is said once,
 * like a missing SITE_URL: record pages then show no channel rather than a guessed one.
 */
export function correctionChannel(env: { CORRECTIONS_URL?: string | undefined; CORRECTIONS_EMAIL?: string | undefined }): AstroIntegration {
	const channel = readCorrectionChannel(env);
	return {
		name: 'library:correction-channel',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				if ('problem' in channel) throw new Error(channel.problem);
				updateConfig({ vite: { plugins: [virtualModule(correctionChannelModule, () => `export default ${JSON.stringify(channel)};`)] } });
			},
			'astro:build:start': ({ logger }) => {
				if ('problem' in channel) return;
				if (!hasChannel(channel)) logger.warn('CORRECTIONS_URL and CORRECTIONS_EMAIL are not set: record pages show no way to report an error or ask for removal. Set one or both when deploying (see README, “Deploying”).');
				else logger.info(`correction channel: ${[channel.url, channel.email].filter(Boolean).join(' and ')}`);
			},
		},
	};
}
