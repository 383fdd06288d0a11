info --context 'intervertebral disc degeneration'
