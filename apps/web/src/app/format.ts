import { serverTimeNow } from './api/client.ts';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);


/**
 * A moment of an enforcement record, in 北京时间 whatever the device's zone: the record is legal evidence and
 * must read the same on every screen. China keeps UTC+8 all year, so a fixed offset is exact.
 */
export const formatBeijing = (iso: string | null | undefined, pattern = 'YYYY-MM-DD HH:mm:ss') =>
  iso ? dayjs(iso).utcOffset(480).format(pattern) : '—';

/** Every time on the console is 北京时间, as in the records and the audit trail. */
export const formatDateTime = (iso: string | null | undefined) => formatBeijing(iso);
export const formatMinute = (iso: string | null | undefined) => formatBeijing(iso, 'YYYY-MM-DD HH:mm');
export const formatDate = (date: string) => dayjs(date).format('YYYY年M月D日');
export const weekdayOf = (date: string) => dayjs(date).format('dddd');
/** Now by the server's clock, in 北京时间 (China keeps UTC+8 all year). */
export const serverNow = () => dayjs(serverTimeNow()).utcOffset(480);
/** Today's date in Beijing by the server's clock: deadlines and certificate validity are counted in Beijing dates. */
export const todayPlain = () => serverNow().format('YYYY-MM-DD');
