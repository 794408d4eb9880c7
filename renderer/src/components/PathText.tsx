import { Text, type TextProps } from '@mantine/core';
import { Fragment } from 'react';

/** A file path that wraps after its separators rather than mid-name. */
export function PathText({ path, ...props }: TextProps & { path: string }) {
  const parts = path.split(/(?<=[/\\])/);
  return (
    <Text ff="monospace" title={path} {...props}>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {part}
          {index < parts.length - 1 && <wbr />}
        </Fragment>
      ))}
    </Text>
  );
}
