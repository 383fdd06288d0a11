effects miR-105-5p --system 'in vivo'
