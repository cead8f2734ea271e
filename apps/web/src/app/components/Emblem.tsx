/** The product mark: 三 on a seal-blue square (same drawing as public/icon.svg). */
export const Emblem = ({ size = 32 }: { size?: number }) => (
  <svg width={size} height={size} viewBox="0 0 512 512" aria-hidden="true" focusable="false">
    <rect width="512" height="512" rx="96" fill="#0b3a75" />
    <rect x="40" y="40" width="432" height="432" rx="72" fill="none" stroke="#d4a73a" strokeWidth="12" />
    <rect x="136" y="148" width="240" height="36" rx="18" fill="#fff" />
    <rect x="164" y="238" width="184" height="36" rx="18" fill="#fff" />
    <rect x="112" y="328" width="288" height="36" rx="18" fill="#fff" />
  </svg>
);
