import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

/** Times are shown in the browser's zone, which for the intended users is 北京时间. */
export const formatDateTime = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : '—');
export const formatMinute = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');
export const formatDate = (date: string) => dayjs(date).format('YYYY年M月D日');
export const weekdayOf = (date: string) => dayjs(date).format('dddd');
export const todayPlain = () => dayjs().format('YYYY-MM-DD');

dayjs.extend(utc);

/**
 * A moment of an enforcement record, in 北京时间 whatever the device's zone: the record is legal evidence and
 * must read the same on every screen. China keeps UTC+8 all year, so a fixed offset is exact.
 */
export const formatBeijing = (iso: string | null | undefined, pattern = 'YYYY-MM-DD HH:mm:ss') =>
  iso ? dayjs(iso).utcOffset(480).format(pattern) : '—';
