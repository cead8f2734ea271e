/**
 * The legal kinds of evidence (行政处罚法 第四十六条: 书证、物证、视听资料、电子数据、证人证言、当事人的陈述、
 * 鉴定意见、勘验笔录和现场笔录), and which real file types each may hold. A file's type is what its bytes say
 * (see `sniffMediaType`), never what its name says.
 */
export const EVIDENCE_KINDS = [
  'documentary',
  'physical',
  'audio-video',
  'electronic',
  'witness',
  'party-statement',
  'expert-opinion',
  'inspection-record',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  documentary: '书证',
  physical: '物证',
  'audio-video': '视听资料',
  electronic: '电子数据',
  witness: '证人证言',
  'party-statement': '当事人陈述',
  'expert-opinion': '鉴定意见',
  'inspection-record': '勘验笔录、现场笔录',
};

/** Families of real types; the per-kind lists below are built from them. */
export const VIDEO_TYPES = ['video/mp4', 'video/quicktime', 'video/webm', 'video/x-msvideo'] as const;
export const AUDIO_TYPES = ['audio/mpeg', 'audio/wav', 'audio/mp4', 'audio/ogg'] as const;
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/heic'] as const;
export const DOCUMENT_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument',
  'application/x-ole-storage',
  'text/plain',
] as const;
export const ARCHIVE_TYPES = ['application/zip', 'application/x-7z-compressed', 'application/x-rar-compressed', 'application/gzip'] as const;

/**
 * What each kind may hold. 视听资料 are recordings; 物证 are shown by photos or video of the object (the object
 * itself is kept elsewhere); 电子数据 may be anything the platform recognises, archives included, which are
 * stored as they are and never unpacked on the server.
 */
export const ALLOWED_TYPES: Record<EvidenceKind, readonly string[]> = {
  documentary: [...DOCUMENT_TYPES, ...IMAGE_TYPES],
  physical: [...IMAGE_TYPES, ...VIDEO_TYPES, 'application/pdf'],
  'audio-video': [...VIDEO_TYPES, ...AUDIO_TYPES],
  electronic: [...DOCUMENT_TYPES, ...IMAGE_TYPES, ...VIDEO_TYPES, ...AUDIO_TYPES, ...ARCHIVE_TYPES],
  witness: [...DOCUMENT_TYPES, ...IMAGE_TYPES, ...AUDIO_TYPES, ...VIDEO_TYPES],
  'party-statement': [...DOCUMENT_TYPES, ...IMAGE_TYPES, ...AUDIO_TYPES, ...VIDEO_TYPES],
  'expert-opinion': [...DOCUMENT_TYPES, ...IMAGE_TYPES],
  'inspection-record': [...DOCUMENT_TYPES, ...IMAGE_TYPES, ...VIDEO_TYPES, ...AUDIO_TYPES],
};

export const MEDIA_TYPE_LABELS: Record<string, string> = {
  'video/mp4': 'MP4 视频',
  'video/quicktime': 'MOV 视频',
  'video/webm': 'WebM 视频',
  'video/x-msvideo': 'AVI 视频',
  'audio/mpeg': 'MP3 音频',
  'audio/wav': 'WAV 音频',
  'audio/mp4': 'M4A 音频',
  'audio/ogg': 'Ogg 音频',
  'image/jpeg': 'JPEG 图片',
  'image/png': 'PNG 图片',
  'image/gif': 'GIF 图片',
  'image/webp': 'WebP 图片',
  'image/heic': 'HEIC 图片',
  'application/pdf': 'PDF 文档',
  'application/vnd.openxmlformats-officedocument': 'Office 文档（docx/xlsx/pptx）',
  'application/x-ole-storage': 'Office 97-2003 文档',
  'text/plain': '纯文本',
  'text/html': 'HTML 网页',
  'application/zip': 'ZIP 压缩包',
  'application/x-7z-compressed': '7z 压缩包',
  'application/x-rar-compressed': 'RAR 压缩包',
  'application/gzip': 'GZIP 压缩包',
  'application/x-executable': '可执行程序',
};

export const isAudioVideo = (mediaType: string) => mediaType.startsWith('video/') || mediaType.startsWith('audio/');

export const isEvidenceKind = (value: string): value is EvidenceKind => (EVIDENCE_KINDS as readonly string[]).includes(value);
