import dayjs from 'dayjs';

/** Times are shown in the browser's zone, which for the intended users is 北京时间. */
export const formatDateTime = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : '—');
export const formatMinute = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');
export const formatDate = (date: string) => dayjs(date).format('YYYY年M月D日');
export const weekdayOf = (date: string) => dayjs(date).format('dddd');
export const todayPlain = () => dayjs().format('YYYY-MM-DD');
