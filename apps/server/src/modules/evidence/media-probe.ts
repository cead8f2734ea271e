import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { isAudioVideo } from '@sanxiang/domain';
import { type Db, evidenceItem } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import type { EvidenceDeps } from '../../storage/evidence-deps.ts';

const run = (cmd: string, args: string[], maxBuffer = 8 * 1024 * 1024) =>
  new Promise<Buffer>((resolve, reject) => {
    execFile(cmd, args, { encoding: 'buffer', timeout: 60_000, maxBuffer }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });

/** Whether an item will get a poster frame and duration: only audio/video, and only with ffmpeg installed. */
export const mediaStateFor = (deps: EvidenceDeps, mediaType: string): 'pending' | 'unavailable' | 'none' =>
  !isAudioVideo(mediaType) ? 'none' : deps.ffmpeg ? 'pending' : 'unavailable';

/**
 * In the background after ingest: the duration (ffprobe) and, for video, a poster frame (ffmpeg, one JPEG at
 * 1 s or the first frame), stored content-addressed beside the evidence. Failure leaves the item as it is
 * (`failed`); playback never depends on it. The file path comes from storage, never from the upload's name.
 */
export const probeMedia = async (db: Db, deps: EvidenceDeps, evidenceId: string, mediaType: string, localPath: string) => {
  if (!deps.ffmpeg) return;
  try {
    const out = await run(deps.ffmpeg.ffprobe, ['-v', 'error', '-show_entries', 'format=duration', '-of', 'default=noprint_wrappers=1:nokey=1', localPath]);
    const seconds = Number.parseFloat(out.toString('utf8').trim());
    let posterSm3: string | null = null;
    if (mediaType.startsWith('video/')) {
      const at = Number.isFinite(seconds) && seconds > 2 ? '1' : '0';
      const jpeg = await run(deps.ffmpeg.ffmpeg, ['-v', 'error', '-ss', at, '-i', localPath, '-frames:v', '1', '-vf', 'scale=480:-2', '-f', 'image2', '-c:v', 'mjpeg', 'pipe:1']);
      if (jpeg.length > 0) {
        posterSm3 = createHash('sm3').update(jpeg).digest('hex');
        await deps.storage.putBytes(posterSm3, jpeg);
      }
    }
    await db
      .update(evidenceItem)
      .set({ mediaState: 'done', durationMs: Number.isFinite(seconds) ? Math.round(seconds * 1000) : null, posterSm3 })
      .where(eq(evidenceItem.id, evidenceId));
  } catch {
    await db.update(evidenceItem).set({ mediaState: 'failed' }).where(eq(evidenceItem.id, evidenceId));
  }
};
