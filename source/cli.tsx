import React from 'react';
import {render, Text} from 'ink';

const app = render(<Text color="green">offline-im: under construction</Text>);
app.unmount();
